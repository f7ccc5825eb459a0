package com.roamvault.server.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An event about to be appended; the log adds {@code seq}, {@code receivedAt} and {@code hash}.
 * {@code subjectUsername} names the user an admin's action was about (null for most events).
 */
public record AuditEntry(String id, Instant occurredAt, String username, String deviceId, String platform,
                         String action, String result, Long recordId, Long listId, String title, String origin,
                         String clientIp, String detail, String subjectUsername) {

    public static final String APP_SERVER = "AppServer";
    public static final String MOBILE_APP = "MobileApp";
    public static final String ADMIN_CONSOLE = "AdminConsole";
    public static final String API = "API";

    /** A server-side event happening now (occurredAt is filled in by the log). */
    public static AuditEntry server(String platform, String action, String result, String username, String deviceId,
                                    String clientIp, String detail) {
        return new AuditEntry(UUID.randomUUID().toString(), null, username, deviceId, platform, action, result,
                null, null, null, "online", clientIp, detail, null);
    }

    public AuditEntry withRecord(Long recordId, Long listId, String title) {
        return new AuditEntry(id, occurredAt, username, deviceId, platform, action, result, recordId, listId, title,
                origin, clientIp, detail, subjectUsername);
    }

    public AuditEntry withOccurredAt(Instant at) {
        return new AuditEntry(id, at, username, deviceId, platform, action, result, recordId, listId, title, origin,
                clientIp, detail, subjectUsername);
    }

    public AuditEntry withOrigin(String how) {
        return new AuditEntry(id, occurredAt, username, deviceId, platform, action, result, recordId, listId, title,
                how, clientIp, detail, subjectUsername);
    }

    /** The same event, about that user (their stored spelling, so the history's filters find it). */
    public AuditEntry about(String subject) {
        return new AuditEntry(id, occurredAt, username, deviceId, platform, action, result, recordId, listId, title,
                origin, clientIp, detail, subject);
    }
}
