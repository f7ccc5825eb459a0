package com.roamvault.protocol.admin;

import java.time.Instant;

/**
 * One earlier version of a record as it was written: who wrote these values, when, from where
 * ({@code platform} as in the audit), and whether it is a phone's edit that lost a conflict.
 */
public record RecordVersion(long version, Instant changedAt, String changedBy, String platform, boolean conflict,
                            String title, String username, String password, String url, String notes, String domain,
                            String description, String otpUri) {
    @Override
    public String toString() {
        return "RecordVersion[version=" + version + ", title=" + title + ", conflict=" + conflict + "]";
    }
}
