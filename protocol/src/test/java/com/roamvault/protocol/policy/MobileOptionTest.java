package com.roamvault.protocol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue and the option records agree, so adding an option is one entry plus its record components. */
class MobileOptionTest {
    private static final List<MobileOption> ALL = List.of(MobileOption.values());

    @Test
    void everyRecordComponentHasAnEntryAndViceVersa() {
        assertThat(OptionRecords.options(MobileSettings.class)).containsExactlyElementsOf(ALL);
        assertThat(OptionRecords.options(MobileSettingsPatch.class)).containsExactlyElementsOf(ALL);
        assertThat(OptionRecords.options(MobilePolicy.class)).containsExactlyElementsOf(MobileOption.perUserOptions());
        assertThat(OptionRecords.options(MobileOptions.class)).containsExactlyElementsOf(MobileOption.perUserOptions());
    }

    @Test
    void componentTypesFollowTheOptionType() {
        assertThat(MobileSettings.class.getRecordComponents()).allSatisfy(c -> assertThat(c.getType())
                .isEqualTo(switch (type(c.getName())) {
                    case OptionType.Bool b -> boolean.class;
                    case OptionType.Int i -> int.class;
                    case OptionType.Choice w -> String.class;
                    case OptionType.Networks n -> List.class;
                }));
        assertThat(MobileSettingsPatch.class.getRecordComponents()).allSatisfy(c -> assertThat(c.getType())
                .isEqualTo(switch (type(c.getName())) {
                    case OptionType.Bool b -> Boolean.class;
                    case OptionType.Int i -> Integer.class;
                    case OptionType.Choice w -> String.class;
                    case OptionType.Networks n -> List.class;
                }));
    }

    @Test
    void defaultsAreDesignMdsTable() {
        assertThat(MobilePolicy.DEFAULTS).isEqualTo(new MobilePolicy(true, 14, 0, true, 12, 3, 10, 5, 30, "online"));
        assertThat(MobileSettings.DEFAULTS).isEqualTo(
                new MobileSettings(true, 14, 0, true, 12, 3, 10, 5, 30, "online", 5, 15, 100, List.of()));
        assertThat(ALL).allSatisfy(o -> assertThat(o.problem(o.defaultValue())).as(o.key()).isNull());
    }

    @Test
    void onlyTheBruteForceSettingsAreGlobalOnly() {
        assertThat(ALL.stream().filter(o -> !o.perUser())).containsExactly(MobileOption.BRUTE_FORCE_MAX_ATTEMPTS,
                MobileOption.BRUTE_FORCE_LOCKOUT_MINUTES, MobileOption.ADDRESS_MAX_FAILURES_PER_HOUR,
                MobileOption.TRUSTED_NETWORKS);
        assertThat(ALL.stream().filter(MobileOption::signedIntoLease)).allMatch(MobileOption::perUser)
                .doesNotContain(MobileOption.MOBILE_ACCESS_ENABLED, MobileOption.MASTER_PASSWORD_MIN_LENGTH);
    }

    @Test
    void keysAreUniqueAndFoundAgain() {
        assertThat(ALL).allSatisfy(o -> {
            assertThat(MobileOption.byKey(o.key())).contains(o);
            assertThat(o.label()).isNotBlank();
        });
        assertThat(MobileOption.byKey("nope")).isEmpty();
    }

    @Test
    void problemsAreTheRangeMessages() {
        assertThat(MobileOption.OFFLINE_CACHE_DAYS.problem(366)).isEqualTo("must be 0..365 days");
        assertThat(MobileOption.OFFLINE_CACHE_DAYS.problem(-1)).isEqualTo("must be 0..365 days");
        assertThat(MobileOption.OFFLINE_CACHE_DAYS.problem(365)).isNull();
        assertThat(MobileOption.OFFLINE_CACHE_DAYS.problem(null)).isNull();
        assertThat(MobileOption.MASTER_PASSWORD_MIN_STRENGTH.problem(5)).isEqualTo("must be 0..4 (zxcvbn score)");
        assertThat(MobileOption.BIOMETRIC_UNLOCK_ALLOWED.problem(false)).isNull();
        assertThat(MobileOption.BIOMETRIC_UNLOCK_ALLOWED.problem(3)).isNotNull();
        assertThat(MobileOption.AUTO_LOCK_MINUTES.problem(true)).isNotNull();
        assertThat(MobileOption.TRUSTED_NETWORKS.problem(List.of("10.0.0.0/8"))).isNull();
        assertThat(MobileOption.TRUSTED_NETWORKS.problem("10.0.0.0/8")).isEqualTo("must be a list of networks (CIDR)");
        assertThat(MobileOption.TRUSTED_NETWORKS.problem(java.util.Collections.nCopies(101, "10.0.0.0/8")))
                .isEqualTo("must be at most 100 networks");
    }

    @Test
    void genericAccessMatchesTheTypedAccessors() {
        MobileSettings s = new MobileSettings(false, 7, 3, false, 9, 1, 2, 4, 6, "online", 8, 10, 12, List.of());
        assertThat(s.value(MobileOption.OFFLINE_CACHE_DAYS)).isEqualTo(7);
        assertThat(s.value(MobileOption.ADDRESS_MAX_FAILURES_PER_HOUR)).isEqualTo(12);
        assertThat(s.policy()).isEqualTo(new MobilePolicy(false, 7, 3, false, 9, 1, 2, 4, 6, "online"));
        assertThat(MobileSettings.of(s.policy(), 8, 10, 12)).isEqualTo(s);
        assertThatThrownBy(() -> MobileSettings.of(Map.of(MobileOption.OFFLINE_CACHE_DAYS, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patchAndOverridesChangeOnlyWhatTheySet() {
        MobileSettingsPatch patch = MobileSettingsPatch.of(Map.of(MobileOption.OFFLINE_CACHE_DAYS, 7,
                MobileOption.BRUTE_FORCE_MAX_ATTEMPTS, 9));
        assertThat(patch.applyTo(MobileSettings.DEFAULTS))
                .isEqualTo(new MobileSettings(true, 7, 0, true, 12, 3, 10, 5, 30, "online", 9, 15, 100, List.of()));
        MobileOptions overrides = MobileOptions.NONE.with(MobileOption.AUTO_LOCK_MINUTES, 2);
        assertThat(overrides).isEqualTo(new MobileOptions(null, null, null, null, null, null, null, 2, null, null));
        assertThat(overrides.isEmpty()).isFalse();
        assertThat(MobileOptions.NONE.isEmpty()).isTrue();
        assertThat(overrides.over(MobilePolicy.DEFAULTS).autoLockMinutes()).isEqualTo(2);
        assertThat(overrides.asMap().keySet()).containsExactlyElementsOf(
                MobileOption.perUserOptions().stream().map(MobileOption::key).toList());
        assertThat(MobileOptions.of(Map.of(MobileOption.OFFLINE_LOCK_DAYS, 1)).offlineLockDays()).isEqualTo(1);
    }

    private static OptionType type(String key) {
        return MobileOption.byKey(key).orElseThrow().type();
    }
}
