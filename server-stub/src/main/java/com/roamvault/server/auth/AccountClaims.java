package com.roamvault.server.auth;

import com.roamvault.server.store.Database;
import java.time.Duration;

/**
 * The per-account lockout, made atomic in the database so it holds across any number of server
 * processes: an attempt <em>claims</em> one of the account's allowed failures with one conditional
 * UPDATE before its password is checked. The claim that takes the last allowance locks the account
 * at once, so while it is being checked no other attempt is evaluated; a right password then gives
 * the claim back (and every failure before it), a wrong one keeps it.
 *
 * <p>A claim left by a request that crashed mid-way is simply a failure that was counted — the safe
 * side. It cannot lock forever: the last allowance's claim carries its own lock, which ends after
 * {@code bruteForceLockoutMinutes} like any other, and the next claim after it starts afresh.
 */
final class AccountClaims {
    private static final String NEXT = "CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END";

    private final Database db;

    AccountClaims(Database db) {
        this.db = db;
    }

    /** What a claim came to. */
    sealed interface Result permits Claim, Refusal {
    }

    /** An attempt allowed to be evaluated: the failure count with it, and the lock it set if it was the last. */
    record Claim(long userId, int count, Long lockedUntil) implements Result {
        boolean locksIfWrong() {
            return lockedUntil != null;
        }
    }

    /** Refused: the account is locked (or its last allowance is being checked) until then. */
    record Refusal(long lockedUntil) implements Result {
    }

    /**
     * Claims an attempt, or returns the lock that refuses it.
     * An expired lock counts as no failures: the claim after it is the first of a new series.
     */
    Result claim(long userId, int maxAttempts, int lockoutMinutes, long now) {
        long lockUntil = now + Duration.ofMinutes(lockoutMinutes).toMillis();
        return db.txRetrying(sql -> {
            int claimed = sql.update("UPDATE users SET failed_logins = " + NEXT + ", "
                    + "locked_until = CASE WHEN " + NEXT + " >= ? THEN ? ELSE NULL END "
                    + "WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)",
                    maxAttempts, lockUntil, userId, now);
            // In the claim's transaction the row is ours until commit: these are the values just written.
            return sql.one("SELECT failed_logins, locked_until FROM users WHERE id = ?", rs -> {
                int count = rs.getInt(1);
                long until = rs.getLong(2);
                boolean locked = !rs.wasNull();
                return claimed == 1 ? new Claim(userId, count, locked ? until : null)
                        : new Refusal(locked ? until : lockUntil);
            }, userId).orElseThrow();
        });
    }

    /**
     * The right password: clears the failures up to and including this claim and, if it set the
     * lock, the lock. Claims taken while it was being checked stay counted (and their lock stays).
     */
    void release(Claim claim) {
        db.txRun(sql -> {
            if (claim.locksIfWrong()) {
                sql.update("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ? AND locked_until = ?",
                        claim.userId(), claim.lockedUntil());
            } else {
                sql.update("UPDATE users SET failed_logins = GREATEST(failed_logins - ?, 0) WHERE id = ?",
                        claim.count(), claim.userId());
            }
        });
    }
}
