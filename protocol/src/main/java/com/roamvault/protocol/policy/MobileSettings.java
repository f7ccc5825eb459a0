package com.roamvault.protocol.policy;

import java.util.List;
import java.util.Map;

/**
 * The global Mobile App Settings: every per-user overridable option plus the App Server's
 * global-only brute-force protection. One component per {@link MobileOption}, in catalogue order.
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
        String mobileEditMode,
        int bruteForceMaxAttempts,
        int bruteForceLockoutMinutes,
        int addressMaxFailuresPerHour,
        List<String> trustedNetworks) {

    public static final MobileSettings DEFAULTS = OptionRecords.build(MobileSettings.class, MobileOption::defaultValue);

    /** No trusted networks is an empty list, never null; a null entry stays, for validation to name. */
    public MobileSettings {
        trustedNetworks = trustedNetworks == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(trustedNetworks));
    }

    public static MobileSettings of(MobilePolicy p, int bruteForceMaxAttempts, int bruteForceLockoutMinutes,
                                    int addressMaxFailuresPerHour) {
        Map<MobileOption, Object> global = Map.of(MobileOption.BRUTE_FORCE_MAX_ATTEMPTS, bruteForceMaxAttempts,
                MobileOption.BRUTE_FORCE_LOCKOUT_MINUTES, bruteForceLockoutMinutes,
                MobileOption.ADDRESS_MAX_FAILURES_PER_HOUR, addressMaxFailuresPerHour,
                MobileOption.TRUSTED_NETWORKS, List.of());
        return OptionRecords.build(MobileSettings.class, o -> o.perUser() ? p.value(o) : global.get(o));
    }

    /** Every option's value; fails if one is missing. */
    public static MobileSettings of(Map<MobileOption, ?> values) {
        return OptionRecords.build(MobileSettings.class, values::get);
    }

    public MobilePolicy policy() {
        return OptionRecords.build(MobilePolicy.class, this::value);
    }

    /** This option's value (boxed). */
    public Object value(MobileOption option) {
        return OptionRecords.value(this, option);
    }
}
