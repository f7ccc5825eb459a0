package com.roamvault.protocol.policy;

/**
 * The effective mobile access policy of one user: every field resolved (override where set, else
 * global). {@code offlineLockDays} 0 means no earlier lock stage.
 */
public record MobilePolicy(
        boolean mobileAccessEnabled,
        int offlineCacheDays,
        int offlineLockDays,
        boolean biometricUnlockAllowed,
        int masterPasswordMinLength,
        int masterPasswordMinStrength,
        int maxFailedUnlockAttempts,
        int autoLockMinutes,
        int clipboardClearSeconds) {

    public static final MobilePolicy DEFAULTS = new MobilePolicy(true, 14, 0, true, 12, 3, 10, 5, 30);

    public boolean offlineCacheAllowed() {
        return offlineCacheDays > 0;
    }
}
