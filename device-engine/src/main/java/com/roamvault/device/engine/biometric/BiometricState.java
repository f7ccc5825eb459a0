package com.roamvault.device.engine.biometric;

/**
 * What finger unlock can do now, as the phone shows it (SCENARIOS.md {@code expect: biometric}).
 * When several apply, the first in this order wins: NOT_ALLOWED, NOT_ENROLLED, PERMANENT_LOCKOUT,
 * LOCKED_OUT, INVALIDATED, NOT_ARMED, ARMED.
 */
public enum BiometricState {
    /** The user's policy forbids biometric unlock. */
    NOT_ALLOWED,
    /** No finger is enrolled on the phone. */
    NOT_ENROLLED,
    /** 20 failed matches in a row: the sensor refuses until a master-password unlock. */
    PERMANENT_LOCKOUT,
    /** 5 (10, 15) failed matches in a row: the sensor refuses for 30 s of device time. */
    LOCKED_OUT,
    /** The enrolled fingers changed after the biometric key was made: the key is gone until a master unlock re-arms. */
    INVALIDATED,
    /**
     * Fingers are enrolled but no biometric key wraps the cache yet (none was made since the device
     * was set up, wiped, or allowed biometrics): the next master-password unlock arms it.
     * An addition to SCENARIOS.md's list.
     */
    NOT_ARMED,
    /** A finger match unlocks the cache. */
    ARMED
}
