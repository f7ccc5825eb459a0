package com.roamvault.protocol.admin;

/** Create or update a record; on update, null fields stay as they are. */
public record RecordRequest(String title, String username, String password, String url, String notes,
                            String domain, String description, String otpUri) {
    @Override
    public String toString() {
        return "RecordRequest[title=" + title + "]";
    }
}
