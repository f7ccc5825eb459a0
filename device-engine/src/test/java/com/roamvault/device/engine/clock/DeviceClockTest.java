package com.roamvault.device.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.TestPhones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeviceClockTest {

    @Test
    void advanceMovesThePhoneClockAndNotTheSystemClock() {
        DeviceClock clock = TestPhones.stoppedClock();
        clock.advance(Duration.ofDays(3));
        assertThat(clock.now()).isEqualTo(TestPhones.START.plus(Duration.ofDays(3)));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void shiftSetsTheClockBackButAdvanceRefusesTo() {
        DeviceClock clock = TestPhones.stoppedClock();
        clock.shift(Duration.ofDays(-2));
        assertThat(clock.now()).isEqualTo(TestPhones.START.minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).hasMessageContaining("shift");
    }

    @Test
    void aSavedOffsetRestoresTheSameTime() {
        DeviceClock clock = TestPhones.stoppedClock();
        clock.advance(Duration.ofHours(12));
        DeviceClock restored = new DeviceClock(Clock.fixed(TestPhones.START, ZoneOffset.UTC),
                clock.offset());
        assertThat(restored.now()).isEqualTo(clock.now());
    }

    @Test
    void rollbackBeyondTheToleranceIsTamperingButDriftIsNot() {
        ClockRollbackGuard guard = new ClockRollbackGuard(Duration.ofMinutes(5));
        Instant seen = TestPhones.START;
        assertThat(guard.isRolledBack(null, seen)).isFalse();
        assertThat(guard.isRolledBack(seen, seen.minus(Duration.ofMinutes(4)))).isFalse();
        assertThat(guard.isRolledBack(seen, seen.minus(Duration.ofDays(2)))).isTrue();
        assertThat(ClockRollbackGuard.latest(seen, seen.minusSeconds(1))).isEqualTo(seen);
        assertThat(ClockRollbackGuard.latest(seen, seen.plusSeconds(1))).isEqualTo(seen.plusSeconds(1));
    }
}
