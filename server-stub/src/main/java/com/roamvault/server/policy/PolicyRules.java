package com.roamvault.server.policy;

import static com.roamvault.protocol.policy.MobileOption.OFFLINE_CACHE_DAYS;
import static com.roamvault.protocol.policy.MobileOption.OFFLINE_LOCK_DAYS;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.OptionType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mobile options' validity: each value against its range in the {@link MobileOption} catalogue,
 * plus the one rule across options (lock before wipe); problems are reported per field.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /** A numeric option's range, as the catalogue gives it. */
    public record Range(int min, int max, String unit) {
    }

    /** The numeric options' ranges by key, in catalogue order (the console shows the same). */
    public static final Map<String, Range> RANGES = Collections.unmodifiableMap(Arrays.stream(MobileOption.values())
            .filter(o -> o.type() instanceof OptionType.Int)
            .collect(Collectors.toMap(MobileOption::key, o -> range((OptionType.Int) o.type()),
                    (a, b) -> a, LinkedHashMap::new)));

    public static Map<String, String> check(MobileSettings s) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (MobileOption option : MobileOption.values()) {
            problem(problems, option, s.value(option));
        }
        lockBeforeWipe(problems, s.offlineLockDays(), s.offlineCacheDays());
        return problems;
    }

    /** Each set override in range, and the policy it yields over the global settings consistent. */
    public static Map<String, String> check(MobileOptions overrides, MobileSettings global) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (MobileOption option : MobileOption.perUserOptions()) {
            problem(problems, option, overrides.value(option));
        }
        var effective = overrides.over(global.policy());
        if (!problems.containsKey(OFFLINE_LOCK_DAYS.key()) && !problems.containsKey(OFFLINE_CACHE_DAYS.key())) {
            lockBeforeWipe(problems, effective.offlineLockDays(), effective.offlineCacheDays());
        }
        return problems;
    }

    private static Range range(OptionType.Int type) {
        return new Range(type.min(), type.max(), type.unit());
    }

    private static void problem(Map<String, String> problems, MobileOption option, Object value) {
        String problem = option.problem(value);
        if (problem != null) {
            problems.put(option.key(), problem);
        }
    }

    private static void lockBeforeWipe(Map<String, String> problems, int lockDays, int cacheDays) {
        if (lockDays > 0 && lockDays >= cacheDays) {
            problems.put(OFFLINE_LOCK_DAYS.key(), "must be 0 (off) or less than " + OFFLINE_CACHE_DAYS.key() + " (" + cacheDays + ")");
        }
    }
}
