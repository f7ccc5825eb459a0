package com.roamvault.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the SQL for one keyset page of the audit log from a filter and the driving index that
 * {@link AuditPlanner} chose. Only fixed SQL text is concatenated; every value is a parameter.
 * <ul>
 * <li>An equality driver leads the ORDER BY ({@code action DESC, seq DESC} with {@code action = ?}):
 * the same order as {@code ORDER BY seq DESC}, spelled so that H2 too walks the (action, seq)
 * index backwards and stops after one page, instead of sorting every matching row.</li>
 * <li>A condition whose index must not drive is written {@code column + 0}, which no index serves:
 * a time range that is not the driver, and {@code seq} in the cursor and the ORDER BY when the
 * range drives (else the database may walk the primary key from the newest event through the
 * whole log, hoping to meet the range soon).</li>
 * <li>A driving time range sorts only the seqs of its events (H2 reads them from the occurred_at
 * index alone) and then fetches the one page of rows.</li>
 * <li>{@code involving} (by or about a user) either drives as two equality walks, one per index,
 * merged (see {@link #involving}), or, when another filter drives, is an {@code OR} condition.</li>
 * </ul>
 */
final class AuditQuery {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private AuditQuery() {
    }

    /**
     * @param f      the filter, its users spelled as stored (see {@link AuditHistory})
     * @param rows   how many rows to fetch
     * @param driver the column whose index drives the query (see {@link AuditPlanner#choose})
     */
    static Statement page(AuditFilter f, int rows, String driver) {
        boolean timeDriver = driver.equals(AuditPlanner.TIME);
        AuditQuery q = conditions(f, timeDriver);
        if (driver.equals(AuditPlanner.INVOLVING)) {
            return involving(f.involving(), q, rows);
        }
        if (f.involving() != null) {
            q.and("(username = ? OR subject_username = ?)", f.involving(), f.involving());
        }
        q.params.add(rows);
        String where = q.where.isEmpty() ? "" : " WHERE " + q.where;
        if (timeDriver) {
            return new Statement("SELECT " + AuditRows.COLUMNS + " FROM audit_events WHERE seq IN (SELECT seq FROM "
                    + "audit_events" + where + " ORDER BY seq + 0 DESC LIMIT ?) ORDER BY seq DESC", q.params.toArray());
        }
        boolean equalityDriver = !driver.equals(AuditPlanner.LOG);
        return new Statement("SELECT " + AuditRows.COLUMNS + " FROM audit_events" + where
                + " ORDER BY " + (equalityDriver ? driver + " DESC, " : "") + "seq DESC LIMIT ?", q.params.toArray());
    }

    /** Every filter but {@code involving}, spelled for the driver. */
    private static AuditQuery conditions(AuditFilter f, boolean timeDriver) {
        AuditQuery q = new AuditQuery();
        q.equal("username", f.user());
        q.equal("action", f.action());
        q.equal("platform", f.platform());
        q.equal("origin", f.origin());
        String occurred = timeDriver ? "occurred_at" : "occurred_at + 0";
        if (f.from() != null) {
            q.and(occurred + " >= ?", f.fromMillis());
        }
        if (f.to() != null) {
            q.and(occurred + " <= ?", f.toMillis());
        }
        if (f.before() != null) {
            q.and(timeDriver ? "seq + 0 < ?" : "seq < ?", f.before());
        }
        if (f.q() != null) {
            String pattern = "%" + escape(f.q().toLowerCase(Locale.ROOT)) + "%";
            q.and("(LOWER(detail) LIKE ? ESCAPE '!' OR LOWER(title) LIKE ? ESCAPE '!' "
                    + "OR LOWER(device_id) LIKE ? ESCAPE '!')", pattern, pattern, pattern);
        }
        return q;
    }

    /**
     * Events by or about a user: one page of each, each walking its own (column, seq) index
     * backwards with the other filters applied, then the newest of both. An admin acting on
     * themselves is in both halves; {@code seq IN} counts the event once.
     */
    private static Statement involving(String username, AuditQuery rest, int rows) {
        List<Object> params = new ArrayList<>();
        String byUser = half("username", "by_user", username, rest, rows, params);
        String aboutUser = half("subject_username", "about_user", username, rest, rows, params);
        params.add(rows);
        return new Statement("SELECT " + AuditRows.COLUMNS + " FROM audit_events WHERE seq IN (" + byUser
                + " UNION ALL " + aboutUser + ") ORDER BY seq DESC LIMIT ?", params.toArray());
    }

    private static String half(String column, String alias, String username, AuditQuery rest, int rows,
                               List<Object> params) {
        params.add(username);
        params.addAll(rest.params);
        params.add(rows);
        return "SELECT seq FROM (SELECT seq FROM audit_events WHERE " + column + " = ?"
                + (rest.where.isEmpty() ? "" : " AND " + rest.where) + " ORDER BY " + column + " DESC, seq DESC LIMIT ?) "
                + alias;
    }

    private void equal(String column, String value) {
        if (value != null) {
            and(column + " = ?", value);
        }
    }

    private void and(String condition, Object... values) {
        if (!where.isEmpty()) {
            where.append(" AND ");
        }
        where.append(condition);
        params.addAll(List.of(values));
    }

    /** LIKE wildcards typed by the user match themselves. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    record Statement(String sql, Object[] params) {
    }
}
