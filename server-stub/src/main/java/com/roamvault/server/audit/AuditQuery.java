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
 * </ul>
 */
final class AuditQuery {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private AuditQuery() {
    }

    /**
     * @param username the stored spelling of the filter's user (see {@link AuditHistory}), or null
     * @param rows     how many rows to fetch
     * @param driver   the column whose index drives the query (see {@link AuditPlanner#choose})
     */
    static Statement page(AuditFilter f, String username, int rows, String driver) {
        AuditQuery q = new AuditQuery();
        q.equal("username", username);
        q.equal("action", f.action());
        q.equal("platform", f.platform());
        q.equal("origin", f.origin());
        boolean timeDriver = driver.equals(AuditPlanner.TIME);
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
