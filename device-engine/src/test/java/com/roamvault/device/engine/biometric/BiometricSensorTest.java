package com.roamvault.device.engine.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.crypto.DataKey;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.keystore.UserNotAuthenticatedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiometricSensorTest {
    @TempDir
    Path folder;
    private DeviceClock clock;
    private SimulatedKeystore keystore;
    private BiometricSensor sensor;
    private final DataKey dataKey = DataKey.generate();
    private byte[] wrapped;

    @BeforeEach
    void armedWithOneFinger() {
        clock = TestPhones.stoppedClock();
        keystore = SimulatedKeystore.open(folder);
        sensor = new BiometricSensor(folder, keystore, clock);
        assertThat(sensor.state()).isEqualTo(BiometricState.NOT_ENROLLED);
        sensor.enroll("right-thumb");
        assertThat(sensor.state()).isEqualTo(BiometricState.NOT_ARMED);
        wrapped = sensor.arm(dataKey.secretKey());
        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
    }

    @Test
    void aMatchGivesAnAuthorizationThatUnwrapsTheDataKeyOnce() {
        BiometricAuthorization auth = sensor.authenticate("right-thumb");
        SecretKey unwrapped = auth.unwrapDataKey(wrapped);
        assertThat(unwrapped.getEncoded()).isEqualTo(dataKey.secretKey().getEncoded());
        assertThatThrownBy(() -> auth.unwrapDataKey(wrapped)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBiometricKeyCannotBeUsedWithoutTheSensor() {
        assertThat(keystore.requiresUserAuthentication(SimulatedKeystore.BIOMETRIC_KEY)).isTrue();
        assertThatThrownBy(() -> keystore.key(SimulatedKeystore.BIOMETRIC_KEY))
                .isInstanceOf(UserNotAuthenticatedException.class);
    }

    @Test
    void anUnknownFingerIsNoMatch() {
        expectCode(() -> sensor.authenticate("left-index"), "biometric_no_match");
        assertThat(sensor.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void fiveFailuresLockFor30SecondsOfDeviceTime() {
        for (int i = 1; i <= 4; i++) {
            expectCode(() -> sensor.authenticate("left-index"), "biometric_no_match");
        }
        expectCode(() -> sensor.authenticate("left-index"), "biometric_lockout");
        assertThat(sensor.state()).isEqualTo(BiometricState.LOCKED_OUT);
        // even the right finger is refused while locked out, and that does not count as a failure
        expectCode(() -> sensor.authenticate("right-thumb"), "biometric_lockout");
        assertThat(sensor.consecutiveFailures()).isEqualTo(5);

        clock.advance(Duration.ofSeconds(29));
        expectCode(() -> sensor.authenticate("right-thumb"), "biometric_lockout");
        clock.advance(Duration.ofSeconds(1));
        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
        assertThat(sensor.authenticate("right-thumb").finger()).isEqualTo("right-thumb");
        assertThat(sensor.consecutiveFailures()).isZero();
    }

    @Test
    void twentyFailuresInARowLockUntilAMasterUnlock() {
        for (int i = 1; i <= 19; i++) {
            assertThatThrownBy(() -> sensor.authenticate("left-index")).isInstanceOf(DeviceException.class);
            if (i % 5 == 0) {
                clock.advance(BiometricSensor.TIMED_LOCKOUT);
            }
        }
        expectCode(() -> sensor.authenticate("left-index"), "biometric_lockout_permanent");
        assertThat(sensor.state()).isEqualTo(BiometricState.PERMANENT_LOCKOUT);

        clock.advance(Duration.ofDays(30));
        expectCode(() -> sensor.authenticate("right-thumb"), "biometric_lockout_permanent");

        sensor.resetAfterMasterUnlock();
        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
        sensor.authenticate("right-thumb").unwrapDataKey(wrapped);
    }

    @Test
    void aMatchResetsTheCountSoFailuresMustBeInARow() {
        for (int i = 0; i < 4; i++) {
            expectCode(() -> sensor.authenticate("left-index"), "biometric_no_match");
        }
        sensor.authenticate("right-thumb");
        for (int i = 0; i < 4; i++) {
            expectCode(() -> sensor.authenticate("left-index"), "biometric_no_match");
        }
        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
    }

    @Test
    void enrollingANewFingerInvalidatesTheKeyUntilReArmed() {
        assertThat(sensor.enroll("left-index")).isTrue();
        assertThat(keystore.exists(SimulatedKeystore.BIOMETRIC_KEY)).isFalse();
        assertThat(sensor.state()).isEqualTo(BiometricState.INVALIDATED);
        expectCode(() -> sensor.authenticate("right-thumb"), "biometric_invalidated");
        assertThat(sensor.consecutiveFailures()).isZero();

        byte[] rewrapped = sensor.arm(dataKey.secretKey());
        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
        assertThat(sensor.authenticate("left-index").unwrapDataKey(rewrapped))
                .isEqualTo(dataKey.secretKey());
        // the old wrapping belonged to the deleted key
        expectCode(() -> sensor.authenticate("right-thumb").unwrapDataKey(wrapped), "biometric_invalidated");
    }

    @Test
    void reEnrollingAKnownFingerChangesNothing() {
        assertThat(sensor.enroll("right-thumb")).isFalse();
        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
    }

    @Test
    void removingAllFingersInvalidatesAndShowsNotEnrolled() {
        assertThat(sensor.removeAll()).isTrue();
        assertThat(sensor.state()).isEqualTo(BiometricState.NOT_ENROLLED);
        sensor.enroll("right-thumb");
        assertThat(sensor.state()).isEqualTo(BiometricState.INVALIDATED);
    }

    @Test
    void aPolicyThatDisallowsBiometricsDeletesTheKey() {
        sensor.setAllowed(false);
        assertThat(sensor.state()).isEqualTo(BiometricState.NOT_ALLOWED);
        assertThat(keystore.exists(SimulatedKeystore.BIOMETRIC_KEY)).isFalse();
        expectCode(() -> sensor.authenticate("right-thumb"), "biometric_not_allowed");
        expectCode(() -> sensor.arm(dataKey.secretKey()), "biometric_not_allowed");
        sensor.setAllowed(true);
        assertThat(sensor.state()).isEqualTo(BiometricState.NOT_ARMED);
    }

    @Test
    void fingersCountersAndLockoutSurviveARestart() {
        sensor.enroll("left-index");
        sensor.arm(dataKey.secretKey());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> sensor.authenticate("pinky")).isInstanceOf(DeviceException.class);
        }
        BiometricSensor restarted = new BiometricSensor(folder, SimulatedKeystore.open(folder), clock);
        assertThat(restarted.enrolledFingers()).containsExactly("right-thumb", "left-index");
        assertThat(restarted.consecutiveFailures()).isEqualTo(5);
        assertThat(restarted.state()).isEqualTo(BiometricState.LOCKED_OUT);
        assertThat(restarted.lockedOutUntil()).contains(TestPhones.START.plusSeconds(30));
    }

    @Test
    void anEditedSensorFileResetsTheSensorInsteadOfLiftingALockout() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> sensor.authenticate("pinky")).isInstanceOf(DeviceException.class);
        }
        Path file = folder.resolve(BiometricSensor.FILE);
        Files.writeString(file, Files.readString(file).replace("\"consecutiveFailures\":5", "\"consecutiveFailures\":0"));

        BiometricSensor restarted = new BiometricSensor(folder, SimulatedKeystore.open(folder), clock);
        assertThat(restarted.enrolledFingers()).isEmpty();
        assertThat(restarted.state()).isEqualTo(BiometricState.NOT_ENROLLED);
        restarted.enroll("right-thumb");
        assertThat(restarted.state()).isEqualTo(BiometricState.INVALIDATED);
    }

    private static void expectCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
