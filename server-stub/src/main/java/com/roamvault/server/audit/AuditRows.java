package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.server.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads stored audit rows back as {@link AuditEvent}s; the one place that knows the column list. */
public final class AuditRows {
    public static final String COLUMNS = "seq, id, occurred_at, received_at, username, device_id, platform, action, "
            + "result, record_id, list_id, title, origin, client_ip, detail, hash, subject_username";

    private AuditRows() {
    }

    public static AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), rs.getString("id"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                Instant.ofEpochMilli(rs.getLong("received_at")), rs.getString("username"), rs.getString("device_id"),
                rs.getString("platform"), rs.getString("action"), rs.getString("result"),
                Sql.nullableLong(rs, "record_id"), Sql.nullableLong(rs, "list_id"), rs.getString("title"),
                rs.getString("origin"), rs.getString("client_ip"), rs.getString("detail"), rs.getString("hash"),
                rs.getString("subject_username"));
    }
}
