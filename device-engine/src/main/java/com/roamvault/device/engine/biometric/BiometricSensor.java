package com.roamvault.device.engine.biometric;

import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.AuthBoundKeys;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.storage.SignedJsonFile;
import com.roamvault.device.engine.storage.TamperedDataException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's fingerprint sensor with Android BiometricPrompt semantics. A match hands out a
 * {@link BiometricAuthorization} for the keystore's biometric key, never a bare yes/no. Five
 * failures in a row lock it for 30 s of device time, twenty lock it until a master-password unlock;
 * a match resets the count. Changing the enrolled fingers deletes the biometric key
 * ({@link BiometricState#INVALIDATED}) until {@link #arm} makes a new one after a master unlock.
 * Its state lives in biometric.json, signed with the device key.
 */
public final class BiometricSensor {
    public static final String FILE = "biometric.json";
    public static final int FAILURES_FOR_TIMED_LOCKOUT = 5;
    public static final Duration TIMED_LOCKOUT = Duration.ofSeconds(30);
    public static final int FAILURES_FOR_PERMANENT_LOCKOUT = 20;

    private static final Logger LOG = LoggerFactory.getLogger(BiometricSensor.class);

    private final SimulatedKeystore keystore;
    private final AuthBoundKeys keys;
    private final DeviceClock clock;
    private final SignedJsonFile<SensorRecord> file;
    private SensorRecord record;

    /** Connects to the keystore (one sensor per keystore) and reloads the sensor's saved state. */
    public BiometricSensor(Path deviceFolder, SimulatedKeystore keystore, DeviceClock clock) {
        this.keystore = keystore;
        this.keys = keystore.connectSensor();
        this.clock = clock;
        this.file = new SignedJsonFile<>(deviceFolder.resolve(FILE), SensorRecord.class, keystore.deviceKey());
        this.record = load();
    }

    public synchronized BiometricState state() {
        if (!record.allowed()) {
            return BiometricState.NOT_ALLOWED;
        }
        if (record.fingers().isEmpty()) {
            return BiometricState.NOT_ENROLLED;
        }
        if (record.permanentLockout()) {
            return BiometricState.PERMANENT_LOCKOUT;
        }
        if (lockedOut()) {
            return BiometricState.LOCKED_OUT;
        }
        if (!keystore.exists(SimulatedKeystore.BIOMETRIC_KEY)) {
            return record.invalidated() ? BiometricState.INVALIDATED : BiometricState.NOT_ARMED;
        }
        return BiometricState.ARMED;
    }

    public synchronized List<String> enrolledFingers() {
        return record.fingers();
    }

    public synchronized int consecutiveFailures() {
        return record.consecutiveFailures();
    }

    /** When the timed lockout ends (device time), if one is running. */
    public synchronized Optional<Instant> lockedOutUntil() {
        return lockedOut() ? Optional.of(record.lockedOutUntil()) : Optional.empty();
    }

    /**
     * Enrolls a finger by name; enrolling one already enrolled changes nothing.
     *
     * @return true when this invalidated the biometric key (the device journals {@code BIOMETRIC_INVALIDATED})
     */
    public synchronized boolean enroll(String finger) {
        if (finger == null || finger.isBlank()) {
            throw new IllegalArgumentException("a finger needs a name, e.g. right-thumb");
        }
        if (record.fingers().contains(finger)) {
            return false;
        }
        List<String> fingers = new ArrayList<>(record.fingers());
        fingers.add(finger);
        return changeEnrollment(fingers);
    }

    /** Removes every enrolled finger. @return true when this invalidated the biometric key */
    public synchronized boolean removeAll() {
        return changeEnrollment(List.of());
    }

    /** The policy's {@code biometricUnlockAllowed}; disallowing deletes the biometric key. */
    public synchronized void setAllowed(boolean allowed) {
        if (allowed == record.allowed()) {
            return;
        }
        if (!allowed) {
            keystore.delete(SimulatedKeystore.BIOMETRIC_KEY);
        }
        save(record.withAllowed(allowed).withInvalidated(false));
    }

    /** True when {@link #arm} can make a biometric key: allowed and at least one finger enrolled. */
    public synchronized boolean canArm() {
        return record.allowed() && !record.fingers().isEmpty();
    }

    /**
     * After a master-password unlock: makes a new biometric key (bound to user authentication) and
     * wraps {@code dataKey} with it. The old key, and anything it wrapped, stops working.
     *
     * @return the wrapped data key, to store with the cache
     */
    public synchronized byte[] arm(SecretKey dataKey) {
        if (!record.allowed()) {
            throw new DeviceException(DeviceError.BIOMETRIC_NOT_ALLOWED, "the policy does not allow biometric unlock");
        }
        if (record.fingers().isEmpty()) {
            throw new IllegalStateException("no finger is enrolled; check canArm() first");
        }
        keystore.generate(SimulatedKeystore.BIOMETRIC_KEY, true);
        byte[] wrapped = keys.wrap(SimulatedKeystore.BIOMETRIC_KEY, dataKey);
        if (record.invalidated()) {
            save(record.withInvalidated(false));
        }
        return wrapped;
    }

    /** Deletes the biometric key without calling it an invalidation (cache wiped, policy change). */
    public synchronized void disarm() {
        keystore.delete(SimulatedKeystore.BIOMETRIC_KEY);
        if (record.invalidated()) {
            save(record.withInvalidated(false));
        }
    }

    /**
     * A finger touches the sensor.
     *
     * @return on a match, the authorization to use the biometric key once
     * @throws DeviceException {@code biometric_not_allowed}, {@code biometric_no_match},
     *         {@code biometric_lockout} (also on the failure that starts it),
     *         {@code biometric_lockout_permanent}, or {@code biometric_invalidated} (no usable key:
     *         checked before the finger is read, as Android initialises the cipher before the prompt)
     */
    public synchronized BiometricAuthorization authenticate(String finger) {
        switch (state()) {
            case NOT_ALLOWED -> throw error(DeviceError.BIOMETRIC_NOT_ALLOWED,
                    "the policy does not allow biometric unlock");
            case NOT_ENROLLED -> throw error(DeviceError.BIOMETRIC_NO_MATCH, "no finger is enrolled");
            case PERMANENT_LOCKOUT -> throw error(DeviceError.BIOMETRIC_LOCKOUT_PERMANENT,
                    "too many failed attempts; unlock with the master password");
            case LOCKED_OUT -> throw error(DeviceError.BIOMETRIC_LOCKOUT,
                    "too many failed attempts; try again after " + record.lockedOutUntil());
            case INVALIDATED -> throw error(DeviceError.BIOMETRIC_INVALIDATED,
                    "the enrolled fingers changed; unlock with the master password to re-enable finger unlock");
            case NOT_ARMED -> throw error(DeviceError.BIOMETRIC_INVALIDATED,
                    "finger unlock is not set up yet; unlock with the master password to enable it");
            case ARMED -> {
                // read the finger below
            }
        }
        if (record.fingers().contains(finger)) {
            if (record.consecutiveFailures() != 0) {
                save(record.withFailures(0, null, false));
            }
            return new BiometricAuthorization(keys, finger);
        }
        throw recordFailure();
    }

    /** A master-password unlock lifts timed and permanent lockouts and clears the failure count. */
    public synchronized void resetAfterMasterUnlock() {
        if (record.consecutiveFailures() != 0 || record.permanentLockout() || record.lockedOutUntil() != null) {
            save(record.withFailures(0, null, false));
        }
    }

    private DeviceException recordFailure() {
        int failures = record.consecutiveFailures() + 1;
        if (failures >= FAILURES_FOR_PERMANENT_LOCKOUT) {
            save(record.withFailures(failures, null, true));
            return error(DeviceError.BIOMETRIC_LOCKOUT_PERMANENT,
                    failures + " failed attempts in a row; unlock with the master password");
        }
        if (failures % FAILURES_FOR_TIMED_LOCKOUT == 0) {
            Instant until = clock.now().plus(TIMED_LOCKOUT);
            save(record.withFailures(failures, until, false));
            return error(DeviceError.BIOMETRIC_LOCKOUT, failures + " failed attempts in a row; locked until " + until);
        }
        save(record.withFailures(failures, record.lockedOutUntil(), false));
        return error(DeviceError.BIOMETRIC_NO_MATCH, "the finger does not match");
    }

    private boolean changeEnrollment(List<String> fingers) {
        boolean invalidates = keystore.exists(SimulatedKeystore.BIOMETRIC_KEY);
        // Delete first: a crash between the two writes must not leave a key that outlived its fingers.
        keystore.delete(SimulatedKeystore.BIOMETRIC_KEY);
        save(record.withFingers(fingers).withInvalidated(record.invalidated() || invalidates));
        return invalidates;
    }

    private boolean lockedOut() {
        return record.lockedOutUntil() != null && clock.now().isBefore(record.lockedOutUntil());
    }

    private SensorRecord load() {
        try {
            return file.read().orElse(SensorRecord.NEW);
        } catch (TamperedDataException e) {
            // Fail closed: a sensor file edited to dodge a lockout resets the sensor and its key.
            LOG.warn("{}; the sensor is reset (no fingers, biometric key deleted)", e.getMessage());
            keystore.delete(SimulatedKeystore.BIOMETRIC_KEY);
            SensorRecord reset = SensorRecord.NEW.withInvalidated(true);
            file.write(reset);
            return reset;
        }
    }

    private void save(SensorRecord updated) {
        file.write(updated);
        record = updated;
    }

    private static DeviceException error(DeviceError error, String message) {
        return new DeviceException(error, message);
    }
}
