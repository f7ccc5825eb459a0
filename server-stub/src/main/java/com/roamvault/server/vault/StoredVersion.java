package com.roamvault.server.vault;

import java.time.Instant;

/**
 * One earlier version of a record as kept in its history: the values, who wrote them (user id when a
 * user account did, name, platform), when, and whether it is a phone's edit that lost a conflict.
 */
public record StoredVersion(long historyId, long recordId, long version, Instant changedAt, Long changedById,
                            String changedBy, String platform, boolean conflict, RecordFields fields) {
    @Override
    public String toString() {
        return "StoredVersion[recordId=" + recordId + ", version=" + version + ", conflict=" + conflict + "]";
    }
}
