package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** Reads the audit log page by page (newest first), for the history screen and the CSV export. */
public final class AuditHistory {

    /** One page; {@code next} is set only when at least one more matching event exists. */
    public AuditPage page(Sql sql, AuditFilter filter) throws SQLException {
        AuditFilter stored = filter.withUsers(storedUsername(sql, filter.user()),
                storedUsername(sql, filter.involving()));
        AuditQuery.Statement statement = AuditQuery.page(stored, stored.limit() + 1, AuditPlanner.choose(sql, stored));
        List<AuditEvent> rows = sql.query(statement.sql(), AuditRows::map, statement.params());
        if (rows.size() <= filter.limit()) {
            return new AuditPage(rows, null);
        }
        List<AuditEvent> page = rows.subList(0, filter.limit());
        return new AuditPage(List.copyOf(page), page.get(page.size() - 1).seq());
    }

    /**
     * The user filters ({@code user}, {@code involving}) are case-insensitive: events store the
     * account's own spelling (as actor and as subject alike), so look that up and compare exactly, which keeps the (username, seq) index usable. A name without an
     * account (an unknown user's failed login) is matched as typed.
     */
    private static String storedUsername(Sql sql, String user) throws SQLException {
        if (user == null) {
            return null;
        }
        return sql.one("SELECT username FROM users WHERE username_key = ?", rs -> rs.getString(1),
                user.strip().toLowerCase(java.util.Locale.ROOT)).orElse(user);
    }
}
