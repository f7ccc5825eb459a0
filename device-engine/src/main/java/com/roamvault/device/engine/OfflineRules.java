package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheTerms;
import com.roamvault.device.engine.clock.ClockRollbackGuard;
import java.time.Duration;
import java.time.Instant;

/**
 * The offline cache lifecycle's rules, on the phone's own clock (DESIGN.md): a clock set back
 * beyond tolerance is tampering; the time to live runs from the last successful sync and ends in a
 * wipe; an optional earlier stage locks until an online unlock.
 */
final class OfflineRules {
    enum Verdict { OK, CLOCK_TAMPER, EXPIRED, OFFLINE_LIMIT }

    private final ClockRollbackGuard guard = new ClockRollbackGuard();

    Verdict evaluate(Instant now, Instant latestSeen, CacheTerms terms) {
        if (latestSeen != null && guard.isRolledBack(latestSeen, now)) {
            return Verdict.CLOCK_TAMPER;
        }
        if (terms == null || terms.lastSyncDeviceTime() == null || !terms.policy().offlineCacheAllowed()) {
            return Verdict.OK; // zero offline days: records live in memory only while online
        }
        if (!now.isBefore(expiresAt(terms))) {
            return Verdict.EXPIRED;
        }
        int lockDays = terms.policy().offlineLockDays();
        if (lockDays > 0 && !now.isBefore(terms.lastSyncDeviceTime().plus(Duration.ofDays(lockDays)))) {
            return Verdict.OFFLINE_LIMIT;
        }
        return Verdict.OK;
    }

    /** When the cache will be wiped, on the phone's clock. */
    static Instant expiresAt(CacheTerms terms) {
        return terms.lastSyncDeviceTime().plus(Duration.ofDays(terms.policy().offlineCacheDays()));
    }
}
