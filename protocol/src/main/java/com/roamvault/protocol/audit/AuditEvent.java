package com.roamvault.protocol.audit;

import java.time.Instant;

/** One event of the server's hash-chained audit log. */
public record AuditEvent(long seq, String id, Instant occurredAt, Instant receivedAt, String username,
                         String deviceId, String platform, String action, String result, Long recordId,
                         Long listId, String title, String origin, String clientIp, String detail, String hash) {
}
