package com.roamvault.protocol.admin;

import java.util.List;

/** {@code GET /api/admin/v1/records/{id}/history}: every earlier version, newest first. */
public record RecordHistory(List<RecordVersion> versions) {
}
