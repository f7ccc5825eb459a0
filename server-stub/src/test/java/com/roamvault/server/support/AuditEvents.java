package com.roamvault.server.support;

import com.roamvault.server.ServerWiring;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.tokens.TokenService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Audit events for tests, appended through the server's own {@code AuditLog} (fast, hash-chained). */
public final class AuditEvents {
    private AuditEvents() {
    }

    public static AuditEntry event(String user, String action, String platform, String origin, Instant occurredAt,
                                   String detail) {
        return new AuditEntry(UUID.randomUUID().toString(), occurredAt, user, null, platform, action, "success",
                null, null, null, origin, "10.1.2.3", detail, null);
    }

    public static AuditEntry withTitleAndDevice(AuditEntry e, String title, String deviceId) {
        return new AuditEntry(e.id(), e.occurredAt(), e.username(), deviceId, e.platform(), e.action(), e.result(),
                e.recordId(), e.listId(), title, e.origin(), e.clientIp(), e.detail(), e.subjectUsername());
    }

    public static void append(ServerWiring ctx, List<AuditEntry> entries) {
        ctx.db().txRun(sql -> ctx.audit().appendAll(sql, entries));
    }

    /** An admin-console token of an account that is not a security administrator. */
    public static String nonAdminToken(TestServer server, String username) {
        ServerWiring ctx = server.server().wiring();
        long id = new Fixtures(server).user(username, null);
        return ctx.db().tx(sql -> ctx.tokens().issue(sql, TokenService.ADMIN, id, null, Duration.ofHours(1))).token();
    }

    public static Instant now(TestServer server) {
        return server.clock().instant();
    }
}
