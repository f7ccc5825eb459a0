package com.roamvault.server.policy;

import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Global settings, per-user overrides and the effective policy: the one place a user's
 * policy is resolved (override where set, else global).
 */
public final class PolicyService {
    private static final String OPTION_COLUMNS = "mobile_access_enabled, offline_cache_days, offline_lock_days, "
            + "biometric_unlock_allowed, master_password_min_length, master_password_min_strength, "
            + "max_failed_unlock_attempts, auto_lock_minutes, clipboard_clear_seconds";

    public MobileSettings settings(Sql sql) throws SQLException {
        return sql.one("SELECT " + OPTION_COLUMNS + ", brute_force_max_attempts, brute_force_lockout_minutes, "
                + "address_max_failures_per_hour FROM mobile_settings WHERE id = 1", rs -> new MobileSettings(
                rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12))).orElseThrow();
    }

    /** Applies a patch after validating the whole result; returns the new settings. */
    public MobileSettings updateSettings(Sql sql, MobileSettingsPatch patch) throws SQLException {
        MobileSettings next = patch.applyTo(settings(sql));
        Map<String, String> problems = PolicyRules.check(next);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        sql.update("UPDATE mobile_settings SET mobile_access_enabled = ?, offline_cache_days = ?, "
                        + "offline_lock_days = ?, biometric_unlock_allowed = ?, master_password_min_length = ?, "
                        + "master_password_min_strength = ?, max_failed_unlock_attempts = ?, auto_lock_minutes = ?, "
                        + "clipboard_clear_seconds = ?, brute_force_max_attempts = ?, brute_force_lockout_minutes = ?, "
                        + "address_max_failures_per_hour = ? WHERE id = 1",
                next.mobileAccessEnabled(), next.offlineCacheDays(), next.offlineLockDays(),
                next.biometricUnlockAllowed(), next.masterPasswordMinLength(), next.masterPasswordMinStrength(),
                next.maxFailedUnlockAttempts(), next.autoLockMinutes(), next.clipboardClearSeconds(),
                next.bruteForceMaxAttempts(), next.bruteForceLockoutMinutes(), next.addressMaxFailuresPerHour());
        return next;
    }

    public MobileOptions overrides(Sql sql, long userId) throws SQLException {
        return sql.one("SELECT " + OPTION_COLUMNS + " FROM user_mobile_options WHERE user_id = ?",
                PolicyService::options, userId).orElse(MobileOptions.NONE);
    }

    /** Replaces a user's overrides (null = inherit) after validating them against the global settings. */
    public void setOverrides(Sql sql, long userId, MobileOptions overrides) throws SQLException {
        Map<String, String> problems = PolicyRules.check(overrides, settings(sql));
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        sql.update("DELETE FROM user_mobile_options WHERE user_id = ?", userId);
        if (!overrides.isEmpty()) {
            sql.update("INSERT INTO user_mobile_options (user_id, " + OPTION_COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", userId,
                    overrides.mobileAccessEnabled(), overrides.offlineCacheDays(), overrides.offlineLockDays(),
                    overrides.biometricUnlockAllowed(), overrides.masterPasswordMinLength(),
                    overrides.masterPasswordMinStrength(), overrides.maxFailedUnlockAttempts(),
                    overrides.autoLockMinutes(), overrides.clipboardClearSeconds());
        }
    }

    public MobilePolicy effective(Sql sql, long userId) throws SQLException {
        return overrides(sql, userId).over(settings(sql).policy());
    }

    private static MobileOptions options(ResultSet rs) throws SQLException {
        return new MobileOptions(Sql.nullableBoolean(rs, "mobile_access_enabled"),
                Sql.nullableInt(rs, "offline_cache_days"), Sql.nullableInt(rs, "offline_lock_days"),
                Sql.nullableBoolean(rs, "biometric_unlock_allowed"), Sql.nullableInt(rs, "master_password_min_length"),
                Sql.nullableInt(rs, "master_password_min_strength"), Sql.nullableInt(rs, "max_failed_unlock_attempts"),
                Sql.nullableInt(rs, "auto_lock_minutes"), Sql.nullableInt(rs, "clipboard_clear_seconds"));
    }
}
