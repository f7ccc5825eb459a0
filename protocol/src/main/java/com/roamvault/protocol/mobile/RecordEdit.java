package com.roamvault.protocol.mobile;

import java.time.Instant;

/**
 * {@code PUT /api/mobile/v1/records/{id}}: an edit made on the phone. {@code editId} makes it idempotent
 * (a replay answers what the first call answered); {@code baseVersion} is the version the phone edited.
 */
public record RecordEdit(String editId, long baseVersion, Instant editedAt, String origin, RecordChanges changes) {
}
