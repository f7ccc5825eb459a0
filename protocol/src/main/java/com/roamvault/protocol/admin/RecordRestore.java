package com.roamvault.protocol.admin;

/** {@code POST /api/admin/v1/records/{id}/restore}: make this earlier version current again. */
public record RecordRestore(long version) {
}
