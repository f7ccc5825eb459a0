package com.roamvault.console.settings;

import com.roamvault.protocol.policy.MobileSettings;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One whole-number global option: what it means, its unit and the range the server accepts
 * (DESIGN.md; the server's PolicyRules stay the authority and answer 422 if they ever differ).
 */
public record SettingField(String name, String label, String meaning, String unit, int min, int max,
                           ToIntFunction<MobileSettings> read) {

    public static final List<SettingField> ALL = List.of(
            new SettingField("offlineCacheDays", "Offline cache", "Days the phone's cache stays usable without a "
                    + "sync; then it is wiped. 0 = no offline cache.", "days", 0, 365, MobileSettings::offlineCacheDays),
            new SettingField("offlineLockDays", "Offline lock", "Days without a sync after which the cache is locked "
                    + "(not wiped) until an online unlock. 0 = off; must be less than the offline cache days.",
                    "days", 0, 364, MobileSettings::offlineLockDays),
            new SettingField("masterPasswordMinLength", "Master password length", "Minimum length of a master "
                    + "password, checked where it is set.", "characters", 8, 128, MobileSettings::masterPasswordMinLength),
            new SettingField("masterPasswordMinStrength", "Master password strength", "Minimum zxcvbn strength "
                    + "score (0 weakest, 4 strongest).", "score", 0, 4, MobileSettings::masterPasswordMinStrength),
            new SettingField("maxFailedUnlockAttempts", "Failed unlocks before wipe", "The phone wipes its cache "
                    + "after this many failed unlocks in a row. 0 = never.", "attempts", 0, 100,
                    MobileSettings::maxFailedUnlockAttempts),
            new SettingField("autoLockMinutes", "Auto-lock", "An unlocked cache locks after this much inactivity.",
                    "minutes", 1, 1440, MobileSettings::autoLockMinutes),
            new SettingField("clipboardClearSeconds", "Clipboard clear", "A copied password is cleared from the "
                    + "clipboard after this.", "seconds", 5, 600, MobileSettings::clipboardClearSeconds),
            new SettingField("bruteForceMaxAttempts", "Failed logins before lockout", "Failed logins that lock an "
                    + "account (even with the right password afterwards).", "attempts", 1, 100,
                    MobileSettings::bruteForceMaxAttempts),
            new SettingField("bruteForceLockoutMinutes", "Lockout duration", "How long a locked account stays "
                    + "locked.", "minutes", 1, 1440, MobileSettings::bruteForceLockoutMinutes),
            new SettingField("addressMaxFailuresPerHour", "Failed logins per address", "Failed logins from one "
                    + "client address per hour before it is rate limited.", "per hour", 1, 100_000,
                    MobileSettings::addressMaxFailuresPerHour));

    public String range() {
        return min + "–" + max + " " + unit;
    }

    /** The problem with a typed value, or null when it is acceptable on its own. */
    public String problem(String text) {
        Integer value = parse(text);
        if (value == null) {
            return "Enter a whole number (" + range() + ")";
        }
        return value < min || value > max ? "Must be " + range() : null;
    }

    static Integer parse(String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
