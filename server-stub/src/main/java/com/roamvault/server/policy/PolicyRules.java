package com.roamvault.server.policy;

import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** Valid ranges of the mobile access options (DESIGN.md); problems are reported per field. */
public final class PolicyRules {
    private PolicyRules() {
    }

    public record Range(int min, int max, String unit) {
        String problem(int value) {
            return value < min || value > max ? "must be " + min + ".." + max + " " + unit : null;
        }
    }

    public static final Map<String, Range> RANGES = Map.ofEntries(
            Map.entry("offlineCacheDays", new Range(0, 365, "days")),
            Map.entry("offlineLockDays", new Range(0, 364, "days")),
            Map.entry("masterPasswordMinLength", new Range(8, 128, "characters")),
            Map.entry("masterPasswordMinStrength", new Range(0, 4, "(zxcvbn score)")),
            Map.entry("maxFailedUnlockAttempts", new Range(0, 100, "attempts")),
            Map.entry("autoLockMinutes", new Range(1, 1440, "minutes")),
            Map.entry("clipboardClearSeconds", new Range(5, 600, "seconds")),
            Map.entry("bruteForceMaxAttempts", new Range(1, 100, "attempts")),
            Map.entry("bruteForceLockoutMinutes", new Range(1, 1440, "minutes")),
            Map.entry("addressMaxFailuresPerHour", new Range(1, 100_000, "failures")));

    public static Map<String, String> check(MobileSettings s) {
        Map<String, String> problems = new LinkedHashMap<>();
        range(problems, "offlineCacheDays", s.offlineCacheDays());
        range(problems, "offlineLockDays", s.offlineLockDays());
        range(problems, "masterPasswordMinLength", s.masterPasswordMinLength());
        range(problems, "masterPasswordMinStrength", s.masterPasswordMinStrength());
        range(problems, "maxFailedUnlockAttempts", s.maxFailedUnlockAttempts());
        range(problems, "autoLockMinutes", s.autoLockMinutes());
        range(problems, "clipboardClearSeconds", s.clipboardClearSeconds());
        range(problems, "bruteForceMaxAttempts", s.bruteForceMaxAttempts());
        range(problems, "bruteForceLockoutMinutes", s.bruteForceLockoutMinutes());
        range(problems, "addressMaxFailuresPerHour", s.addressMaxFailuresPerHour());
        lockBeforeWipe(problems, s.offlineLockDays(), s.offlineCacheDays());
        return problems;
    }

    /** Each set override in range, and the policy it yields over the global settings consistent. */
    public static Map<String, String> check(MobileOptions overrides, MobileSettings global) {
        Map<String, String> problems = new LinkedHashMap<>();
        overrides.asMap().forEach((field, value) -> {
            if (value instanceof Integer i) {
                range(problems, field, i);
            }
        });
        var effective = overrides.over(global.policy());
        if (!problems.containsKey("offlineLockDays") && !problems.containsKey("offlineCacheDays")) {
            lockBeforeWipe(problems, effective.offlineLockDays(), effective.offlineCacheDays());
        }
        return problems;
    }

    private static void range(Map<String, String> problems, String field, int value) {
        String problem = RANGES.get(field).problem(value);
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    private static void lockBeforeWipe(Map<String, String> problems, int lockDays, int cacheDays) {
        if (lockDays > 0 && lockDays >= cacheDays) {
            problems.put("offlineLockDays", "must be 0 (off) or less than offlineCacheDays (" + cacheDays + ")");
        }
    }
}
