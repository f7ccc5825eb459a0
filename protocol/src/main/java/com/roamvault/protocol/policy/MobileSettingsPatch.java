package com.roamvault.protocol.policy;

import java.util.List;
import java.util.Map;

/**
 * A PUT of the global settings: fields left out (null) keep their current value ({@code trustedNetworks}:
 * an empty list clears it). One component per
 * {@link MobileOption}, in catalogue order.
 */
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
        String mobileEditMode,
        Integer bruteForceMaxAttempts,
        Integer bruteForceLockoutMinutes,
        Integer addressMaxFailuresPerHour,
        List<String> trustedNetworks) {

    /** A patch of the options given, every other one left as it is. */
    public static MobileSettingsPatch of(Map<MobileOption, ?> values) {
        return OptionRecords.build(MobileSettingsPatch.class, values::get);
    }

    /** This option's new value, null if unchanged. */
    public Object value(MobileOption option) {
        return OptionRecords.value(this, option);
    }

    public MobileSettings applyTo(MobileSettings s) {
        return OptionRecords.build(MobileSettings.class, o -> value(o) != null ? value(o) : s.value(o));
    }
}
