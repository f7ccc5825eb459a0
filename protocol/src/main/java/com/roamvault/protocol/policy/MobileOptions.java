package com.roamvault.protocol.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-user overridable options with every field nullable: as per-user overrides, null means
 * "inherit the global value"; as a patch of the global settings, null means "unchanged".
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
        Integer clipboardClearSeconds) {

    public static final MobileOptions NONE = new MobileOptions(null, null, null, null, null, null, null, null, null);

    /** Resolves each field: this value where set, else the one given. */
    public MobilePolicy over(MobilePolicy base) {
        return new MobilePolicy(
                or(mobileAccessEnabled, base.mobileAccessEnabled()),
                or(offlineCacheDays, base.offlineCacheDays()),
                or(offlineLockDays, base.offlineLockDays()),
                or(biometricUnlockAllowed, base.biometricUnlockAllowed()),
                or(masterPasswordMinLength, base.masterPasswordMinLength()),
                or(masterPasswordMinStrength, base.masterPasswordMinStrength()),
                or(maxFailedUnlockAttempts, base.maxFailedUnlockAttempts()),
                or(autoLockMinutes, base.autoLockMinutes()),
                or(clipboardClearSeconds, base.clipboardClearSeconds()));
    }

    /** Not a wire field: without the annotation Jackson would write an extra "empty" property. */
    @JsonIgnore
    public boolean isEmpty() {
        return asMap().values().stream().allMatch(v -> v == null);
    }

    /** Field name to value (null where not set), in the order of DESIGN.md's table. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mobileAccessEnabled", mobileAccessEnabled);
        m.put("offlineCacheDays", offlineCacheDays);
        m.put("offlineLockDays", offlineLockDays);
        m.put("biometricUnlockAllowed", biometricUnlockAllowed);
        m.put("masterPasswordMinLength", masterPasswordMinLength);
        m.put("masterPasswordMinStrength", masterPasswordMinStrength);
        m.put("maxFailedUnlockAttempts", maxFailedUnlockAttempts);
        m.put("autoLockMinutes", autoLockMinutes);
        m.put("clipboardClearSeconds", clipboardClearSeconds);
        return m;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
