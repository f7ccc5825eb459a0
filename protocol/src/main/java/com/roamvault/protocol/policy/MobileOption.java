package com.roamvault.protocol.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one catalogue of the mobile options, in the order of DESIGN.md's table: the ten per-user
 * options, then the global-only brute-force settings. The records ({@link MobilePolicy},
 * {@link MobileOptions}, {@link MobileSettings}, {@link MobileSettingsPatch}) have one component per
 * entry, named by {@link #key()}; everything generic about them is derived from here.
 */
public enum MobileOption {
    MOBILE_ACCESS_ENABLED("mobileAccessEnabled", "Mobile access", "Users may use the mobile app at all.",
            new OptionType.Bool(), true, true, false),
    OFFLINE_CACHE_DAYS("offlineCacheDays", "Offline cache", "Days the phone's cache stays usable without a sync; "
            + "then it is wiped. 0 = no offline cache.", new OptionType.Int(0, 365, "days"), 14, true, true),
    OFFLINE_LOCK_DAYS("offlineLockDays", "Offline lock", "Days without a sync after which the cache is locked "
            + "(not wiped) until an online unlock. 0 = off; must be less than the offline cache days.",
            new OptionType.Int(0, 364, "days"), 0, true, true),
    BIOMETRIC_UNLOCK_ALLOWED("biometricUnlockAllowed", "Biometric unlock", "Phones may offer fingerprint unlock.",
            new OptionType.Bool(), true, true, true),
    MASTER_PASSWORD_MIN_LENGTH("masterPasswordMinLength", "Master password length", "Minimum length of a master "
            + "password, checked where it is set.", new OptionType.Int(8, 128, "characters"), 12, true, false),
    MASTER_PASSWORD_MIN_STRENGTH("masterPasswordMinStrength", "Master password strength", "Minimum zxcvbn strength "
            + "score (0 weakest, 4 strongest).", new OptionType.Int(0, 4, "(zxcvbn score)"), 3, true, false),
    MAX_FAILED_UNLOCK_ATTEMPTS("maxFailedUnlockAttempts", "Failed unlocks before wipe", "The phone wipes its cache "
            + "after this many failed unlocks in a row. 0 = never.", new OptionType.Int(0, 100, "attempts"), 10,
            true, true),
    AUTO_LOCK_MINUTES("autoLockMinutes", "Auto-lock", "An unlocked cache locks after this much inactivity.",
            new OptionType.Int(1, 1440, "minutes"), 5, true, true),
    CLIPBOARD_CLEAR_SECONDS("clipboardClearSeconds", "Clipboard clear", "A copied password is cleared from the "
            + "clipboard after this.", new OptionType.Int(5, 600, "seconds"), 30, true, true),
    MOBILE_EDIT_MODE("mobileEditMode", "Phone edits", "off: phones are read-only; online: records on lists the "
            + "user may modify can be edited while connected; offline: edits made offline are also queued "
            + "(encrypted, in the cache) and sent at the next sync.",
            new OptionType.Choice(List.of("off", "online", "offline")), "online", true, true),
    BRUTE_FORCE_MAX_ATTEMPTS("bruteForceMaxAttempts", "Failed logins before lockout", "Failed logins that lock an "
            + "account (even with the right password afterwards).", new OptionType.Int(1, 100, "attempts"), 5,
            false, false),
    BRUTE_FORCE_LOCKOUT_MINUTES("bruteForceLockoutMinutes", "Lockout duration", "How long a locked account stays "
            + "locked.", new OptionType.Int(1, 1440, "minutes"), 15, false, false),
    ADDRESS_MAX_FAILURES_PER_HOUR("addressMaxFailuresPerHour", "Failed logins per address", "Failed logins from one "
            + "client address per hour before it is rate limited.", new OptionType.Int(1, 100_000, "failures"), 100,
            false, false),
    TRUSTED_NETWORKS("trustedNetworks", "Trusted networks", "Client networks (CIDR, like 10.0.0.0/8 or fd00::/8) "
            + "the per-address limit leaves alone; the account lockout still applies.", new OptionType.Networks(),
            List.of(), false, false);

    private static final List<MobileOption> PER_USER =
            Arrays.stream(values()).filter(MobileOption::perUser).toList();

    private final String key;
    private final String label;
    private final String description;
    private final OptionType type;
    private final Object defaultValue;
    private final boolean perUser;
    private final boolean signedIntoLease;

    MobileOption(String key, String label, String description, OptionType type, Object defaultValue, boolean perUser,
                 boolean signedIntoLease) {
        this.key = key;
        this.label = label;
        this.description = description;
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

    /** What the option does, in a sentence an administrator reads beside the field. */
    public String description() {
        return description;
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
