package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.Lab;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finger unlock with Android's semantics, against the real server. */
class BiometricUnlockTest {
    static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DeviceException e) {
            return e.code();
        }
        throw new AssertionError("expected the action to fail");
    }

    private Device armedPhone(Lab.TestUser user, String name) {
        Device phone = lab.device(name);
        phone.qa().enrollFinger("right-thumb");
        phone.pair(user.pairingCode());
        phone.login(user.password());
        assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.ARMED);
        phone.lock();
        return phone;
    }

    @Test
    void anEnrolledFingerUnlocksOfflineAndOnlineItAlsoSyncs() {
        Lab.TestUser user = lab.user(2);
        Device phone = armedPhone(user, "finger");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.unlockWithFinger("right-thumb");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        phone.lock();
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.qa().advanceClock(Duration.ofDays(5));
        phone.unlockWithFinger("right-thumb");
        assertThat(phone.snapshot().leaseDaysLeft()).as("an online finger unlock re-syncs").isBetween(13.9, 14.0);
        assertThat(lab.audit(user.username(), "CACHE_UNLOCKED", "offline")).hasSize(1)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("method=biometric"));
    }

    @Test
    void fiveWrongFingersLockTheSensorForThirtySeconds() {
        Lab.TestUser user = lab.user(1);
        Device phone = armedPhone(user, "lockout");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        for (int i = 0; i < 4; i++) {
            assertThat(code(() -> phone.unlockWithFinger("left-index"))).isEqualTo("biometric_no_match");
        }
        assertThat(code(() -> phone.unlockWithFinger("left-index"))).isEqualTo("biometric_lockout");
        assertThat(code(() -> phone.unlockWithFinger("right-thumb"))).isEqualTo("biometric_lockout");
        assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.LOCKED_OUT);
        phone.qa().advanceClock(Duration.ofSeconds(31));
        phone.unlockWithFinger("right-thumb");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
    }

    @Test
    void aNewFingerInvalidatesTheKeyUntilAMasterPasswordUnlockRearmsIt() {
        Lab.TestUser user = lab.user(1);
        Device phone = armedPhone(user, "invalidate");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().enrollFinger("left-thumb");
        assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.INVALIDATED);
        assertThat(code(() -> phone.unlockWithFinger("right-thumb"))).isEqualTo("biometric_invalidated");
        phone.unlockWithPassword(user.password());
        phone.lock();
        phone.unlockWithFinger("left-thumb");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        assertThat(lab.audit(user.username(), "BIOMETRIC_INVALIDATED", "offline")).hasSize(1);
    }

    @Test
    void policyCanForbidFingerUnlock() throws Exception {
        Lab.TestUser user = lab.user(1);
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("biometricUnlockAllowed", false));
        Device phone = lab.device("forbidden");
        phone.qa().enrollFinger("right-thumb");
        phone.pair(user.pairingCode());
        phone.login(user.password());
        phone.lock();
        assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.NOT_ALLOWED);
        assertThat(code(() -> phone.unlockWithFinger("right-thumb"))).isEqualTo("biometric_not_allowed");
    }
}
