package com.roamvault.device.engine;

import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.protocol.audit.AuditActions;
import java.time.Duration;

/**
 * What QA does to a phone from outside, which its user cannot: cut or degrade its network, move
 * its clock, enrol or remove fingers. Each change re-applies the lifecycle rules where they care.
 */
public final class QaControls {
    private final PhoneCore core;
    private final LifecycleCheck lifecycle;
    private final PhoneActions actions;

    QaControls(PhoneCore core, LifecycleCheck lifecycle, PhoneActions actions) {
        this.core = core;
        this.lifecycle = lifecycle;
        this.actions = actions;
    }

    public void setNetwork(NetworkMode mode) {
        actions.act(() -> {
            core.network().set(mode);
            lifecycle.apply();
        });
    }

    /** Flaky network: {@code failRate} of calls fail (dropped or timed out); a seed makes it repeatable. */
    public void setFlaky(double failRate, Long seed) {
        actions.act(() -> core.network().flaky(failRate, seed));
    }

    public void advanceClock(Duration by) {
        actions.act(() -> {
            core.folder().clock().advance(by);
            core.folder().saveClockOffset();
            lifecycle.apply();
        });
    }

    /** Moves the phone's clock by {@code by}, backwards when negative (a clock set back). */
    public void shiftClock(Duration by) {
        actions.act(() -> {
            core.folder().clock().shift(by);
            core.folder().saveClockOffset();
            lifecycle.apply();
        });
    }

    /**
     * Puts the phone's clock back on real time: QA undoing its own clock moves (the guided demo's
     * Restart), not a person setting the clock back, so the rollback guard forgets the later time
     * it saw and the idle timer starts again from now.
     */
    public void resetClock() {
        actions.act(() -> {
            core.folder().clock().shift(core.folder().clock().offset().negated());
            core.folder().saveClockOffset();
            core.save(core.state().toBuilder().latestDeviceTimeSeen(core.now()).build());
            core.touch();
            lifecycle.apply();
        });
    }

    public void enrollFinger(String finger) {
        actions.act(() -> {
            if (core.folder().sensor().enroll(finger)) {
                core.journal(AuditActions.BIOMETRIC_INVALIDATED, true, null, "finger enrolled");
            }
        });
    }

    public void removeFingers() {
        actions.act(() -> {
            if (core.folder().sensor().removeAll()) {
                core.journal(AuditActions.BIOMETRIC_INVALIDATED, true, null, "all fingers removed");
            }
        });
    }
}
