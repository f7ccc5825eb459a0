package com.roamvault.server.vault;

/**
 * The editable fields of a password record; on update, null means "leave as it is" (and an empty
 * {@code otpUri} removes the record's one-time code secret).
 */
public record RecordFields(String title, String username, String password, String url, String notes, String domain,
                           String description, String hostName, String otpUri) {

    public static final int TITLE_MAX = 500;

    @Override
    public String toString() {
        return "RecordFields[title=" + title + "]";
    }
}
