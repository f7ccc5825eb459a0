package com.roamvault.protocol.audit;

import java.time.Instant;

/** One event of a phone's journal; {@code id} (a UUID made on the phone) makes uploads idempotent. */
public record AuditUploadEvent(String id, Instant occurredAt, String action, String result, Long recordId,
                               Long listId, String origin, String detail) {
}
