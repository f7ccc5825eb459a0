package com.roamvault.protocol.admin;

import java.time.Instant;

public record RecordDetail(long recordId, long listId, String title, String username, String password, String url,
                           String notes, String domain, String description, Instant updatedAt, long revision,
                           String otpUri, long version) {
    @Override
    public String toString() {
        return "RecordDetail[recordId=" + recordId + ", title=" + title + "]";
    }
}
