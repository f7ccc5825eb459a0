package com.roamvault.server.stats;

import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.AuditRows;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The admin dashboard's counters, each one indexed query (no scan of the whole audit log). */
public final class DashboardStats {
    static final int DAYS = 30;
    static final int NEWEST = 10;
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private final Database db;
    private final Clock clock;

    public DashboardStats(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Stats compute() {
        return db.read(this::compute);
    }

    private Stats compute(Sql sql) throws SQLException {
        long now = clock.millis();
        long devicesActive = sql.count("SELECT COUNT(*) FROM devices WHERE revoked_at IS NULL "
                + "AND lease_expires_at > ?", now);
        long expiringSoon = sql.count("SELECT COUNT(*) FROM devices WHERE revoked_at IS NULL "
                + "AND lease_expires_at > ? AND lease_expires_at <= ?", now, now + Duration.ofHours(48).toMillis());
        long locked = sql.count("SELECT COUNT(*) FROM users WHERE locked_until > ?", now);
        long failedLogins = sql.count("SELECT COUNT(*) FROM audit_events WHERE action = ? AND occurred_at > ?",
                AuditActions.LOGIN_FAILED, now - DAY_MS);
        return new Stats(devicesActive, expiringSoon, locked, failedLogins, eventsPerDay(sql, now),
                sql.query("SELECT " + AuditRows.COLUMNS + " FROM audit_events ORDER BY seq DESC LIMIT ?",
                        AuditRows::map, NEWEST));
    }

    /** The last 30 UTC days including today, oldest first; days without events count 0. */
    private static List<Stats.DayCount> eventsPerDay(Sql sql, long now) throws SQLException {
        long today = Math.floorDiv(now, DAY_MS);
        long first = today - (DAYS - 1);
        Map<Long, Long> counts = new HashMap<>();
        for (long[] row : sql.query("SELECT occurred_at / " + DAY_MS + " AS d, COUNT(*) AS n FROM audit_events "
                        + "WHERE occurred_at >= ? AND occurred_at < ? GROUP BY occurred_at / " + DAY_MS,
                rs -> new long[] {rs.getLong("d"), rs.getLong("n")}, first * DAY_MS, (today + 1) * DAY_MS)) {
            counts.put(row[0], row[1]);
        }
        List<Stats.DayCount> days = new ArrayList<>(DAYS);
        for (long day = first; day <= today; day++) {
            days.add(new Stats.DayCount(LocalDate.ofEpochDay(day), counts.getOrDefault(day, 0L)));
        }
        return days;
    }
}
