package com.roamvault.server.auth;

import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The per-address hourly failure limit, atomic in the database across server processes: an attempt
 * claims a slot of its address's allowance (failures + 1, only while under the limit) before any
 * password is hashed, a right password gives the slot back, a failure keeps it. So exactly
 * {@code addressMaxFailuresPerHour} failures are evaluated per address, kind and hour.
 *
 * <p>Counters are kept per kind of login ({@link LoginKind}), so guessing through the phone API
 * from an address shared with administrators cannot close the console, nor the other way round.
 * A slot left by a crashed request counts as a failure (the safe side) and ends with its hour.
 */
final class AddressClaims {
    static final long HOUR_MS = Duration.ofHours(1).toMillis();

    private final Database db;

    AddressClaims(Database db) {
        this.db = db;
    }

    /** A claimed slot: the hour it counts in. */
    record Slot(String address, LoginKind kind, long hourStart) {
    }

    /** A slot, or empty when the address has used up this hour's failures. */
    Optional<Slot> claim(String address, LoginKind kind, int maxFailures, long now) {
        long hourStart = hourStart(now);
        Slot slot = new Slot(address, kind, hourStart);
        // A lost race to insert the hour's row (unique key) is retried and then takes the UPDATE.
        return db.txRetrying(sql -> {
            if (takeSlot(sql, slot, maxFailures)) {
                return Optional.of(slot);
            }
            if (sql.count("SELECT COUNT(*) FROM login_address_failures WHERE address = ? AND kind = ? "
                    + "AND hour_start = ?", address, kind.column(), hourStart) > 0) {
                // The row is there, but it may have been committed after the first UPDATE looked: this
                // statement sees it, so only a full allowance refuses.
                return takeSlot(sql, slot, maxFailures) ? Optional.of(slot) : Optional.<Slot>empty();
            }
            sql.update("INSERT INTO login_address_failures (address, kind, hour_start, failures) VALUES (?, ?, ?, 1)",
                    address, kind.column(), hourStart);
            sql.update("DELETE FROM login_address_failures WHERE hour_start < ?", hourStart - HOUR_MS);
            return Optional.of(slot);
        });
    }

    private static boolean takeSlot(Sql sql, Slot slot, int maxFailures) throws SQLException {
        return sql.update("UPDATE login_address_failures SET failures = failures + 1 "
                + "WHERE address = ? AND kind = ? AND hour_start = ? AND failures < ?",
                slot.address(), slot.kind().column(), slot.hourStart(), maxFailures) == 1;
    }

    /** The attempt was no failure (right password, or refused by the account lockout without a check). */
    void release(Slot slot) {
        db.txRun(sql -> sql.update("UPDATE login_address_failures SET failures = failures - 1 "
                + "WHERE address = ? AND kind = ? AND hour_start = ? AND failures > 0",
                slot.address(), slot.kind().column(), slot.hourStart()));
    }

    static long hourStart(long now) {
        return now - now % HOUR_MS;
    }

    /** Seconds until the hour ends and the address may try again. */
    static long retryAfterSeconds(long now) {
        return Math.max(1, (hourStart(now) + HOUR_MS - now) / 1000);
    }
}
