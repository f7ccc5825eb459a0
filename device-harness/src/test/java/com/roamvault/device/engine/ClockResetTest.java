package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.support.Lab;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** QA putting a phone's clock back on real time is not a person setting the clock back. */
class ClockResetTest {
    private static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void aResetClockShowsRealTimeAndIsNoClockSetBack() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "clock-reset");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(3));
        assertThat(phone.snapshot().deviceTime()).isAfter(Instant.now().plus(Duration.ofDays(2)));
        assertThat(phone.snapshot().lockReason()).isEqualTo(LockReason.AUTO); // three idle days

        phone.qa().resetClock();

        assertThat(Duration.between(Instant.now(), phone.snapshot().deviceTime()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(phone.snapshot().lockReason()).isEqualTo(LockReason.AUTO);
        phone.unlockWithPassword(user.password()); // offline: a clock set back would refuse this
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(phone.records()).isNotEmpty();
    }
}
