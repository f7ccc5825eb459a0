package com.roamvault.device.engine.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The phone's own clock: the system clock plus an offset that QA moves ({@code advanceClock},
 * {@code setClock}). Only the offset is state; the device persists it (see
 * {@link #offset()}) so a restarted simulator keeps its phone's time. Thread-safe.
 */
public final class DeviceClock extends Clock {
    private final Clock system;
    private volatile Duration offset;

    public DeviceClock(Clock system, Duration offset) {
        this.system = Objects.requireNonNull(system, "system");
        this.offset = Objects.requireNonNull(offset, "offset");
    }

    /** A phone whose clock shows the real time. */
    public static DeviceClock systemDefault() {
        return new DeviceClock(Clock.systemUTC(), Duration.ZERO);
    }

    public Instant now() {
        return instant();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** How far this phone's clock is from the system clock; persist this to restore the clock. */
    public Duration offset() {
        return offset;
    }

    /** Moves the clock forward, as time passing would. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("advance moves forward only; use shift to set the clock back: " + by);
        }
        offset = offset.plus(by);
    }

    /** Moves the clock either way (negative sets it back, as a user changing the phone's time would). */
    public synchronized void shift(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The clock is the phone's: it stays in UTC whatever zone is asked for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        return "DeviceClock[offset=" + offset + "]";
    }
}
