package com.roamvault.device.engine.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells a clock set back from ordinary drift: a device time earlier than the latest one the phone
 * has seen by more than the tolerance is tampering (DESIGN.md, "Clock"). Small corrections, as
 * network time makes, stay within the tolerance.
 */
public final class ClockRollbackGuard {
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final Duration tolerance;

    public ClockRollbackGuard(Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
        this.tolerance = tolerance;
    }

    public ClockRollbackGuard() {
        this(DEFAULT_TOLERANCE);
    }

    /** True when {@code now} lies more than the tolerance before {@code latestSeen} (null: nothing seen yet). */
    public boolean isRolledBack(Instant latestSeen, Instant now) {
        return latestSeen != null && now.isBefore(latestSeen.minus(tolerance));
    }

    /** The latest time to remember after seeing {@code now}. */
    public static Instant latest(Instant latestSeen, Instant now) {
        return latestSeen == null || now.isAfter(latestSeen) ? now : latestSeen;
    }
}
