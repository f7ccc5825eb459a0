package com.roamvault.server.support;

import com.roamvault.server.store.Sql;
import java.time.Instant;
import java.util.List;

/** Reads the server's audit log straight from the database (what an auditor would find there). */
public final class AuditRows {
    private AuditRows() {
    }

    public record Row(long seq, String id, Instant occurredAt, Instant receivedAt, String username, String deviceId,
                      String platform, String action, String result, Long recordId, Long listId, String title,
                      String origin, String clientIp, String detail) {
    }

    /** Events of one action for one user, oldest first. */
    public static List<Row> of(TestServer server, String action, String username) {
        return where(server, "action = ? AND username = ?", action, username);
    }

    public static List<Row> where(TestServer server, String condition, Object... params) {
        return server.server().wiring().db().read(sql -> sql.query("SELECT seq, id, occurred_at, received_at, "
                + "username, device_id, platform, action, result, record_id, list_id, title, origin, client_ip, detail "
                + "FROM audit_events WHERE " + condition + " ORDER BY seq", rs -> new Row(rs.getLong("seq"),
                rs.getString("id"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                Instant.ofEpochMilli(rs.getLong("received_at")), rs.getString("username"), rs.getString("device_id"),
                rs.getString("platform"), rs.getString("action"), rs.getString("result"),
                Sql.nullableLong(rs, "record_id"), Sql.nullableLong(rs, "list_id"), rs.getString("title"),
                rs.getString("origin"), rs.getString("client_ip"), rs.getString("detail")), params));
    }
}
