package com.roamvault.protocol.policy;

/**
 * The global Mobile App Settings: every per-user overridable option plus the App Server's
 * global-only brute-force protection.
 */
public record MobileSettings(
        boolean mobileAccessEnabled,
        int offlineCacheDays,
        int offlineLockDays,
        boolean biometricUnlockAllowed,
        int masterPasswordMinLength,
        int masterPasswordMinStrength,
        int maxFailedUnlockAttempts,
        int autoLockMinutes,
        int clipboardClearSeconds,
        int bruteForceMaxAttempts,
        int bruteForceLockoutMinutes,
        int addressMaxFailuresPerHour) {

    public static final MobileSettings DEFAULTS = of(MobilePolicy.DEFAULTS, 5, 15, 100);

    public static MobileSettings of(MobilePolicy p, int bruteForceMaxAttempts, int bruteForceLockoutMinutes,
                                    int addressMaxFailuresPerHour) {
        return new MobileSettings(p.mobileAccessEnabled(), p.offlineCacheDays(), p.offlineLockDays(),
                p.biometricUnlockAllowed(), p.masterPasswordMinLength(), p.masterPasswordMinStrength(),
                p.maxFailedUnlockAttempts(), p.autoLockMinutes(), p.clipboardClearSeconds(),
                bruteForceMaxAttempts, bruteForceLockoutMinutes, addressMaxFailuresPerHour);
    }

    public MobilePolicy policy() {
        return new MobilePolicy(mobileAccessEnabled, offlineCacheDays, offlineLockDays, biometricUnlockAllowed,
                masterPasswordMinLength, masterPasswordMinStrength, maxFailedUnlockAttempts, autoLockMinutes,
                clipboardClearSeconds);
    }
}
