package com.roamvault.protocol.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-user overridable options with every field nullable: as per-user overrides, null means
 * "inherit the global value"; as a patch of the global settings, null means "unchanged".
 * One component per {@link MobileOption#perUser()} entry of the catalogue, in its order.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MobileOptions(
        Boolean mobileAccessEnabled,
        Integer offlineCacheDays,
        Integer offlineLockDays,
        Boolean biometricUnlockAllowed,
        Integer masterPasswordMinLength,
        Integer masterPasswordMinStrength,
        Integer maxFailedUnlockAttempts,
        Integer autoLockMinutes,
        Integer clipboardClearSeconds,
        String mobileEditMode) {

    public static final MobileOptions NONE = of(Map.of());

    /** The options given set, every other one null (inherit). */
    public static MobileOptions of(Map<MobileOption, ?> values) {
        return OptionRecords.build(MobileOptions.class, values::get);
    }

    /** This option's value, null if not set. */
    public Object value(MobileOption option) {
        return OptionRecords.value(this, option);
    }

    /** A copy with one option set (null = inherit). */
    public MobileOptions with(MobileOption option, Object value) {
        return OptionRecords.build(MobileOptions.class, o -> o == option ? value : value(o));
    }

    /** Resolves each field: this value where set, else the one given. */
    public MobilePolicy over(MobilePolicy base) {
        return OptionRecords.build(MobilePolicy.class, o -> value(o) != null ? value(o) : base.value(o));
    }

    /** Not a wire field: without the annotation Jackson would write an extra "empty" property. */
    @JsonIgnore
    public boolean isEmpty() {
        return asMap().values().stream().allMatch(v -> v == null);
    }

    /** Field name to value (null where not set), in the order of DESIGN.md's table. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        MobileOption.perUserOptions().forEach(o -> m.put(o.key(), value(o)));
        return m;
    }
}
