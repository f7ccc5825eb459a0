package com.roamvault.protocol.mobile;

import java.time.Instant;

/**
 * One password record as a phone receives it: {@code version} grows with every change (an edit names the
 * version it started from), {@code otpUri} is the record's one-time code secret or null.
 */
public record RecordDto(long recordId, long listId, String title, String username, String password, String url,
                        String notes, String domain, Instant updatedAt, long version, String otpUri) {
    @Override
    public String toString() {
        return "RecordDto[recordId=" + recordId + ", listId=" + listId + ", title=" + title + "]";
    }
}
