package com.roamvault.server.policy;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Global settings, per-user overrides and the effective policy: the one place a user's
 * policy is resolved (override where set, else global). Columns come from the option catalogue.
 */
public final class PolicyService {
    private static final List<MobileOption> ALL = List.of(MobileOption.values());
    private static final List<MobileOption> PER_USER = MobileOption.perUserOptions();

    public MobileSettings settings(Sql sql) throws SQLException {
        return sql.one("SELECT " + OptionColumns.list(ALL) + " FROM mobile_settings WHERE id = 1",
                rs -> MobileSettings.of(OptionColumns.read(rs, ALL))).orElseThrow();
    }

    /** Applies a patch after validating the whole result; returns the new settings. */
    public MobileSettings updateSettings(Sql sql, MobileSettingsPatch patch) throws SQLException {
        MobileSettings next = PolicyRules.canonical(patch.applyTo(settings(sql)));
        Map<String, String> problems = PolicyRules.check(next);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        sql.update("UPDATE mobile_settings SET " + OptionColumns.assignments(ALL) + " WHERE id = 1",
                ALL.stream().map(next::value).map(OptionColumns::toColumn).toArray());
        return next;
    }

    public MobileOptions overrides(Sql sql, long userId) throws SQLException {
        return sql.one("SELECT " + OptionColumns.list(PER_USER) + " FROM user_mobile_options WHERE user_id = ?",
                rs -> MobileOptions.of(OptionColumns.read(rs, PER_USER)), userId).orElse(MobileOptions.NONE);
    }

    /** Replaces a user's overrides (null = inherit) after validating them against the global settings. */
    public void setOverrides(Sql sql, long userId, MobileOptions overrides) throws SQLException {
        Map<String, String> problems = PolicyRules.check(overrides, settings(sql));
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        sql.update("DELETE FROM user_mobile_options WHERE user_id = ?", userId);
        if (!overrides.isEmpty()) {
            Object[] params = new Object[PER_USER.size() + 1];
            params[0] = userId;
            for (int i = 0; i < PER_USER.size(); i++) {
                params[i + 1] = overrides.value(PER_USER.get(i));
            }
            sql.update("INSERT INTO user_mobile_options (user_id, " + OptionColumns.list(PER_USER) + ") VALUES (?, "
                    + Sql.placeholders(PER_USER.size()) + ")", params);
        }
    }

    public MobilePolicy effective(Sql sql, long userId) throws SQLException {
        return overrides(sql, userId).over(settings(sql).policy());
    }
}
