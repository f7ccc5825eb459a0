package com.roamvault.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's past, one instant per seeded event: day {@code d} of the 30 (0 = 29 days ago) starts at
 * 09:00 of that day relative to now, and each event is two minutes after the one before, so the
 * audit log, written through it, is in time order and wholly in the past.
 */
final class HistoryClock extends Clock {
    static final int DAYS = 30;
    private static final Duration STEP = Duration.ofMinutes(2);
    /** Steps that fit between 09:00 and the next day's history (a generous working day). */
    static final int STEPS_PER_DAY = 200;

    private final Instant now;
    private Instant current;
    private int day = -1;
    private int step;

    HistoryClock(Instant now) {
        this.now = now;
        this.current = now.minus(Duration.ofDays(DAYS));
    }

    /** The first instant of day {@code d} (0..29): 09:00 on it, counted back from now. */
    void startDay(int d) {
        if (d <= day || d >= DAYS) {
            throw new IllegalArgumentException("days go forward, within the month: " + d);
        }
        day = d;
        step = 0;
        current = now.minus(Duration.ofDays(DAYS - d)).plus(Duration.ofHours(9));
    }

    /** Moves on to the next event's instant. */
    void tick() {
        if (++step >= STEPS_PER_DAY) {
            throw new IllegalStateException("too many events for one day of the demo's history");
        }
        current = current.plus(STEP);
    }

    @Override
    public Instant instant() {
        return current;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
