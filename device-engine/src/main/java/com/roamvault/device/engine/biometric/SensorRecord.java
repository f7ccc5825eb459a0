package com.roamvault.device.engine.biometric;

import java.time.Instant;
import java.util.List;

/** What the sensor remembers across restarts (biometric.json, signed with the device key). */
record SensorRecord(List<String> fingers, boolean allowed, int consecutiveFailures, Instant lockedOutUntil,
                    boolean permanentLockout, boolean invalidated) {

    static final SensorRecord NEW = new SensorRecord(List.of(), true, 0, null, false, false);

    SensorRecord {
        fingers = List.copyOf(fingers);
    }

    SensorRecord withFingers(List<String> newFingers) {
        return new SensorRecord(newFingers, allowed, consecutiveFailures, lockedOutUntil, permanentLockout,
                invalidated);
    }

    SensorRecord withAllowed(boolean value) {
        return new SensorRecord(fingers, value, consecutiveFailures, lockedOutUntil, permanentLockout, invalidated);
    }

    SensorRecord withInvalidated(boolean value) {
        return new SensorRecord(fingers, allowed, consecutiveFailures, lockedOutUntil, permanentLockout, value);
    }

    SensorRecord withFailures(int failures, Instant lockoutUntil, boolean permanent) {
        return new SensorRecord(fingers, allowed, failures, lockoutUntil, permanent, invalidated);
    }
}
