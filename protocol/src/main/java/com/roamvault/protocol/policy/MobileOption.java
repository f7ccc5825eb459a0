package com.roamvault.protocol.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one catalogue of the mobile options, in the order of DESIGN.md's table: the nine per-user
 * options, then the three global-only brute-force settings. The records ({@link MobilePolicy},
 * {@link MobileOptions}, {@link MobileSettings}, {@link MobileSettingsPatch}) have one component per
 * entry, named by {@link #key()}; everything generic about them is derived from here.
 */
public enum MobileOption {
    MOBILE_ACCESS_ENABLED("mobileAccessEnabled", "Mobile access", new OptionType.Bool(), true, true, false),
    OFFLINE_CACHE_DAYS("offlineCacheDays", "Offline cache days", new OptionType.Int(0, 365, "days"), 14, true, true),
    OFFLINE_LOCK_DAYS("offlineLockDays", "Offline lock days", new OptionType.Int(0, 364, "days"), 0, true, true),
    BIOMETRIC_UNLOCK_ALLOWED("biometricUnlockAllowed", "Biometric unlock", new OptionType.Bool(), true, true, true),
    MASTER_PASSWORD_MIN_LENGTH("masterPasswordMinLength", "Master password min. length",
            new OptionType.Int(8, 128, "characters"), 12, true, false),
    MASTER_PASSWORD_MIN_STRENGTH("masterPasswordMinStrength", "Master password min. strength",
            new OptionType.Int(0, 4, "(zxcvbn score)"), 3, true, false),
    MAX_FAILED_UNLOCK_ATTEMPTS("maxFailedUnlockAttempts", "Max. failed unlock attempts",
            new OptionType.Int(0, 100, "attempts"), 10, true, true),
    AUTO_LOCK_MINUTES("autoLockMinutes", "Auto-lock minutes", new OptionType.Int(1, 1440, "minutes"), 5, true, true),
    CLIPBOARD_CLEAR_SECONDS("clipboardClearSeconds", "Clipboard clear seconds",
            new OptionType.Int(5, 600, "seconds"), 30, true, true),
    BRUTE_FORCE_MAX_ATTEMPTS("bruteForceMaxAttempts", "Failed logins before lockout",
            new OptionType.Int(1, 100, "attempts"), 5, false, false),
    BRUTE_FORCE_LOCKOUT_MINUTES("bruteForceLockoutMinutes", "Lockout minutes",
            new OptionType.Int(1, 1440, "minutes"), 15, false, false),
    ADDRESS_MAX_FAILURES_PER_HOUR("addressMaxFailuresPerHour", "Failed logins per address per hour",
            new OptionType.Int(1, 100_000, "failures"), 100, false, false);

    private static final List<MobileOption> PER_USER =
            Arrays.stream(values()).filter(MobileOption::perUser).toList();

    private final String key;
    private final String label;
    private final OptionType type;
    private final Object defaultValue;
    private final boolean perUser;
    private final boolean signedIntoLease;

    MobileOption(String key, String label, OptionType type, Object defaultValue, boolean perUser,
                 boolean signedIntoLease) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.defaultValue = defaultValue;
        this.perUser = perUser;
        this.signedIntoLease = signedIntoLease;
    }

    /** The wire (JSON) name, also the record component's name. */
    public String key() {
        return key;
    }

    /** A short human label a console field can show. */
    public String label() {
        return label;
    }

    public OptionType type() {
        return type;
    }

    /** The value of a fresh installation (DESIGN.md). */
    public Object defaultValue() {
        return defaultValue;
    }

    /** False for the global-only brute-force settings, which a user cannot override. */
    public boolean perUser() {
        return perUser;
    }

    /** True for what the phone enforces offline, and so what the signed lease carries (API.md lease.terms). */
    public boolean signedIntoLease() {
        return signedIntoLease;
    }

    /** Null if the value is acceptable (null = unset counts as acceptable), else what is wrong with it. */
    public String problem(Object value) {
        return type.problem(value);
    }

    public static Optional<MobileOption> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** The options a user may override, in catalogue order. */
    public static List<MobileOption> perUserOptions() {
        return PER_USER;
    }
}
