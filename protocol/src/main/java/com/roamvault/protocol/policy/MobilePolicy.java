package com.roamvault.protocol.policy;

/**
 * The effective mobile access policy of one user: every field resolved (override where set, else
 * global). {@code offlineLockDays} 0 means no earlier lock stage. One component per
 * {@link MobileOption#perUser()} entry of the catalogue, in its order.
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
        int clipboardClearSeconds,
        String mobileEditMode) {

    public static final MobilePolicy DEFAULTS = OptionRecords.build(MobilePolicy.class, MobileOption::defaultValue);

    public boolean offlineCacheAllowed() {
        return offlineCacheDays > 0;
    }

    /** This option's value (boxed). */
    public Object value(MobileOption option) {
        return OptionRecords.value(this, option);
    }
}
