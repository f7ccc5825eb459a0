package com.roamvault.server.audit;

import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the index a page query walks. Neither database's planner weighs LIMIT against where the
 * matching rows lie: H2 happily sorts every match of the first usable index, PostgreSQL walks back
 * from the newest event hoping to meet an old time range soon; each costs seconds on a million
 * events. So we ask the data: for each filter with an index we count its matching rows, stopping
 * at a cap (a few milliseconds of index reading), and drive the query by the smallest count.
 * <ul>
 * <li>an equality filter: walking its (column, seq) index backwards reads about those rows;</li>
 * <li>{@code involving}: its rows by the user plus its rows about them, two such walks merged;</li>
 * <li>a time range: its rows are fetched through occurred_at and sorted;</li>
 * <li>the log itself (seq), for a time range alone: walking back from the newest event passes the
 * events newer than the range first, then meets the range's own events one after another.</li>
 * </ul>
 */
final class AuditPlanner {
    /** Counting an equality filter stops here: beyond it, the filter is simply "large". */
    static final int EQUALITY_CAP = 5_000;
    /** Counting a time range stops here: up to this many rows, sorting the range is cheap. */
    static final int RANGE_CAP = 20_000;
    /** A filter matching at most this many rows drives without further counting. */
    static final int GOOD_ENOUGH = 2_000;
    /** Walk the log backwards by seq. */
    static final String LOG = "seq";
    /** Fetch the time range through occurred_at and sort it. */
    static final String TIME = "occurred_at";
    /** Walk (username, seq) and (subject_username, seq) backwards side by side, merging by seq. */
    static final String INVOLVING = "involving";

    private AuditPlanner() {
    }

    /** The driving column: one of the equality columns, {@link #TIME} or {@link #LOG}. */
    static String choose(Sql sql, AuditFilter f) throws SQLException {
        List<String[]> equalities = new ArrayList<>();
        add(equalities, "username", f.user());
        add(equalities, INVOLVING, f.involving());
        add(equalities, "action", f.action());
        add(equalities, "platform", f.platform());
        add(equalities, "origin", f.origin());
        boolean range = f.from() != null || f.to() != null;
        if (equalities.isEmpty() && !range) {
            return LOG;
        }
        if (equalities.size() == 1 && !range) {
            return equalities.get(0)[0];
        }
        String best = null;
        long bestRows = Long.MAX_VALUE;
        for (String[] eq : equalities) {
            long rows = eq[0].equals(INVOLVING)
                    ? Math.min(EQUALITY_CAP, equal(sql, f, "username", eq[1]) + equal(sql, f, "subject_username", eq[1]))
                    : equal(sql, f, eq[0], eq[1]);
            if (rows < bestRows) {
                best = eq[0];
                bestRows = rows;
            }
            if (bestRows <= GOOD_ENOUGH) {
                return best; // a walk this short costs less than counting the other candidates
            }
        }
        if (!range) {
            return best;
        }
        long inRange = capped(sql, RANGE_CAP, rangeCondition(f), rangeParams(f));
        boolean sortable = inRange < RANGE_CAP;
        if (best != null) {
            return sortable && (inRange < bestRows || bestRows == EQUALITY_CAP) ? TIME : best;
        }
        long newer = f.to() == null ? 0 : capped(sql, RANGE_CAP, "occurred_at > ?", f.toMillis());
        // a range too wide to sort is walked, however far back it lies
        return newer < inRange || !sortable ? LOG : TIME;
    }

    static String rangeCondition(AuditFilter f) {
        return f.from() != null && f.to() != null ? "occurred_at >= ? AND occurred_at <= ?"
                : f.from() != null ? "occurred_at >= ?" : "occurred_at <= ?";
    }

    static Object[] rangeParams(AuditFilter f) {
        List<Object> params = new ArrayList<>(2);
        if (f.from() != null) {
            params.add(f.fromMillis());
        }
        if (f.to() != null) {
            params.add(f.toMillis());
        }
        return params.toArray();
    }

    private static void add(List<String[]> equalities, String column, String value) {
        if (value != null) {
            equalities.add(new String[] {column, value});
        }
    }

    /** Rows (before the cursor) with that value in that column, counted up to the cap. */
    private static long equal(Sql sql, AuditFilter f, String column, String value) throws SQLException {
        return f.before() == null
                ? capped(sql, EQUALITY_CAP, column + " = ?", value)
                : capped(sql, EQUALITY_CAP, column + " = ? AND seq < ?", value, f.before());
    }

    /** Rows matching a condition on one index, counted up to the cap. */
    private static long capped(Sql sql, int cap, String condition, Object... params) throws SQLException {
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = cap;
        return sql.count("SELECT COUNT(*) FROM (SELECT 1 AS one FROM audit_events WHERE " + condition
                + " LIMIT ?) probe", all);
    }
}
