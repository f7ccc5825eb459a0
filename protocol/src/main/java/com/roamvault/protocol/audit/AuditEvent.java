package com.roamvault.protocol.audit;

import java.time.Instant;

/**
 * One event of the server's hash-chained audit log.
 *
 * @param username        who acted (the admin, the phone's user, an API key)
 * @param subjectUsername the user an admin's action was about (whose device was revoked, whose
 *                        password reset, ...); null for events about nobody in particular
 */
public record AuditEvent(long seq, String id, Instant occurredAt, Instant receivedAt, String username,
                         String deviceId, String platform, String action, String result, Long recordId,
                         Long listId, String title, String origin, String clientIp, String detail, String hash,
                         String subjectUsername) {
}
