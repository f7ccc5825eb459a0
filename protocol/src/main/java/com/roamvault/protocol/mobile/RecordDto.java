package com.roamvault.protocol.mobile;

import java.time.Instant;

/** One password record as a phone receives it. */
public record RecordDto(long recordId, long listId, String title, String username, String password, String url,
                        String notes, String domain, Instant updatedAt) {
    @Override
    public String toString() {
        return "RecordDto[recordId=" + recordId + ", listId=" + listId + ", title=" + title + "]";
    }
}
