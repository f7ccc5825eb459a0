package com.roamvault.server.support;

import com.roamvault.server.ServerWiring;
import com.roamvault.server.tokens.TokenService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Helpers for the admin API tests: audit rows read straight from the table (the audit query API
 * is tested on its own), tokens of other kinds, unique names.
 */
public final class AdminTestSupport {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private AdminTestSupport() {
    }

    public record AuditRow(long seq, String username, String platform, String action, String result, Long listId,
                           Long recordId, String detail) {
    }

    /** The events of one action, oldest first. */
    public static List<AuditRow> audit(TestServer server, String action) {
        ServerWiring ctx = server.server().wiring();
        return ctx.db().read(sql -> sql.query("SELECT seq, username, platform, action, result, list_id, record_id, "
                        + "detail FROM audit_events WHERE action = ? ORDER BY seq",
                rs -> new AuditRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class), rs.getString(8)),
                action));
    }

    public static long auditCount(TestServer server) {
        return server.server().wiring().db().read(sql -> sql.count("SELECT COUNT(*) FROM audit_events"));
    }

    /** The newest event of an action whose detail mentions the text. */
    public static AuditRow lastAudit(TestServer server, String action, String detailContains) {
        List<AuditRow> rows = audit(server, action).stream()
                .filter(r -> r.detail() != null && r.detail().contains(detailContains)).toList();
        if (rows.isEmpty()) {
            throw new AssertionError("No " + action + " event mentioning '" + detailContains + "'");
        }
        return rows.get(rows.size() - 1);
    }

    /** Sets the user's own mobileEditMode (off, online, offline) through the admin API, as the console does. */
    public static void editMode(TestServer server, long userId, String mode) {
        java.util.Map<String, Object> overrides = new java.util.HashMap<>();
        overrides.put("mobileEditMode", mode);
        Http.Reply reply = server.admin().put("/api/admin/v1/users/" + userId + "/mobile",
                java.util.Map.of("overrides", overrides));
        if (reply.status() != 200) {
            throw new AssertionError("Setting mobileEditMode failed: " + reply);
        }
    }

    /** A phone's kind of token (no device needed for the role check). */
    public static String mobileToken(TestServer server, long userId) {
        return issue(server, TokenService.MOBILE, userId);
    }

    /** An admin-kind token for any user, as if the role had been taken away after login. */
    public static String adminKindToken(TestServer server, long userId) {
        return issue(server, TokenService.ADMIN, userId);
    }

    public static long adminUserId(TestServer server) {
        return server.server().wiring().db().read(sql -> sql.count(
                "SELECT id FROM users WHERE username_key = 'admin'"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    private static String issue(TestServer server, String kind, long userId) {
        ServerWiring ctx = server.server().wiring();
        return ctx.db().tx(sql -> ctx.tokens().issue(sql, kind, userId, null, Duration.ofHours(1))).token();
    }
}
