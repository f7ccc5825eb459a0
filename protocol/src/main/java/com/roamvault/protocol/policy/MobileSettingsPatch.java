package com.roamvault.protocol.policy;

/** A PUT of the global settings: fields left out (null) keep their current value. */
public record MobileSettingsPatch(
        Boolean mobileAccessEnabled,
        Integer offlineCacheDays,
        Integer offlineLockDays,
        Boolean biometricUnlockAllowed,
        Integer masterPasswordMinLength,
        Integer masterPasswordMinStrength,
        Integer maxFailedUnlockAttempts,
        Integer autoLockMinutes,
        Integer clipboardClearSeconds,
        Integer bruteForceMaxAttempts,
        Integer bruteForceLockoutMinutes,
        Integer addressMaxFailuresPerHour) {

    public MobileSettings applyTo(MobileSettings s) {
        MobilePolicy policy = new MobileOptions(mobileAccessEnabled, offlineCacheDays, offlineLockDays,
                biometricUnlockAllowed, masterPasswordMinLength, masterPasswordMinStrength, maxFailedUnlockAttempts,
                autoLockMinutes, clipboardClearSeconds).over(s.policy());
        return MobileSettings.of(policy,
                bruteForceMaxAttempts != null ? bruteForceMaxAttempts : s.bruteForceMaxAttempts(),
                bruteForceLockoutMinutes != null ? bruteForceLockoutMinutes : s.bruteForceLockoutMinutes(),
                addressMaxFailuresPerHour != null ? addressMaxFailuresPerHour : s.addressMaxFailuresPerHour());
    }
}
