package com.roamvault.server.policy;

import static com.roamvault.protocol.policy.MobileOption.OFFLINE_CACHE_DAYS;
import static com.roamvault.protocol.policy.MobileOption.OFFLINE_LOCK_DAYS;
import static com.roamvault.protocol.policy.MobileOption.TRUSTED_NETWORKS;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.OptionType;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The mobile options' validity: each value against its range in the {@link MobileOption} catalogue,
 * plus the one rule across options (lock before wipe) and the trusted networks' CIDR syntax (the first
 * bad entry is named); problems are reported per field.
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
        if (!problems.containsKey(TRUSTED_NETWORKS.key())) {
            s.trustedNetworks().stream().map(TrustedNetworks::problem).filter(Objects::nonNull).findFirst()
                    .ifPresent(p -> problems.put(TRUSTED_NETWORKS.key(), p));
        }
        return problems;
    }

    /** The settings as they are stored: trusted networks stripped, lower case, each once. */
    public static MobileSettings canonical(MobileSettings s) {
        if (!s.trustedNetworks().stream().allMatch(String.class::isInstance)) {
            return s;
        }
        Map<MobileOption, Object> values = new EnumMap<>(MobileOption.class);
        for (MobileOption option : MobileOption.values()) {
            values.put(option, s.value(option));
        }
        values.put(TRUSTED_NETWORKS, s.trustedNetworks().stream().map(TrustedNetworks::canonical).distinct().toList());
        return MobileSettings.of(values);
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
