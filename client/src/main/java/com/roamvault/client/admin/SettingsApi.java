package com.roamvault.client.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserMobileUpdate;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import java.util.Map;

/**
 * Mobile Access Options (DESIGN.md): the global settings and each user's overrides, where a null
 * override means "inherit the global value". The map-based patches take the options by their wire
 * names, as scenario files spell them.
 */
public final class SettingsApi {
    /** Strict, so a misspelt option name is refused here instead of silently ignored. */
    private static final ObjectMapper STRICT = Json.mapper();

    private final AdminSession session;

    SettingsApi(AdminSession session) {
        this.session = session;
    }

    public MobileSettings global() throws RoamvaultClientException {
        return session.get(Paths.ADMIN_SETTINGS_MOBILE, MobileSettings.class);
    }

    /** Fields left null keep their value; the server validates and audits {@code SETTINGS_CHANGED}. */
    public MobileSettings updateGlobal(MobileSettingsPatch patch) throws RoamvaultClientException {
        return session.put(Paths.ADMIN_SETTINGS_MOBILE, patch, MobileSettings.class);
    }

    /** {@link #updateGlobal} by option names, e.g. {@code Map.of("offlineCacheDays", 7)}. */
    public MobileSettings updateGlobal(Map<String, ?> fields) throws RoamvaultClientException {
        return updateGlobal(convert(fields, MobileSettingsPatch.class));
    }

    /** The user's overrides beside the effective policy they give. */
    public UserMobile user(long userId) throws RoamvaultClientException {
        return session.get(Paths.adminUserMobile(userId), UserMobile.class);
    }

    /** Replaces the user's overrides as a whole (null fields inherit); audits {@code USER_SETTINGS_CHANGED}. */
    public UserMobile replaceUserOverrides(long userId, MobileOptions overrides) throws RoamvaultClientException {
        return session.put(Paths.adminUserMobile(userId), new UserMobileUpdate(overrides), UserMobile.class);
    }

    /**
     * Changes some of the user's overrides and keeps the others: a value sets the override, a null
     * value clears it (inherit again), e.g. {@code Map.of("offlineCacheDays", 3)}.
     */
    public UserMobile patchUserOverrides(long userId, Map<String, ?> changes) throws RoamvaultClientException {
        MobileOptions current = user(userId).overrides();
        Map<String, Object> merged = (current == null ? MobileOptions.NONE : current).asMap();
        changes.forEach((name, value) -> {
            if (!merged.containsKey(name)) {
                throw new IllegalArgumentException("No per-user option named " + name);
            }
            merged.put(name, value);
        });
        return replaceUserOverrides(userId, convert(merged, MobileOptions.class));
    }

    /** Clears one override: the user inherits the global value again. */
    public UserMobile clearUserOverride(long userId, String option) throws RoamvaultClientException {
        Map<String, Object> change = new java.util.HashMap<>();
        change.put(option, null);
        return patchUserOverrides(userId, change);
    }

    private static <T> T convert(Map<String, ?> fields, Class<T> type) {
        try {
            return STRICT.convertValue(fields, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not valid " + type.getSimpleName() + " fields " + fields.keySet()
                    + ": " + e.getMessage().lines().findFirst().orElse(""), null);
        }
    }
}
