package com.roamvault.server.policy;

import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserMobileUpdate;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.audit.FieldChanges;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import com.roamvault.server.tokens.TokenService;
import java.sql.SQLException;
import java.util.Map;

/** A user's Mobile Access Options: the overrides (null = inherit) and the effective policy they yield. */
public final class UserMobileService {
    private final Database db;
    private final PolicyService policies;
    private final TokenService tokens;
    private final AuditLog audit;

    public UserMobileService(Database db, PolicyService policies, TokenService tokens, AuditLog audit) {
        this.db = db;
        this.policies = policies;
        this.tokens = tokens;
        this.audit = audit;
    }

    public UserMobile get(long userId) {
        return db.read(sql -> {
            requireUsername(sql, userId);
            return current(sql, userId);
        });
    }

    /** The user's effective policy (what the phone is sent). */
    public MobilePolicy effective(long userId) {
        return db.read(sql -> policies.effective(sql, userId));
    }

    /**
     * Replaces the overrides after validating them, audits what changed, and ends the user's phone
     * sessions if mobile access was just taken away.
     */
    public UserMobile update(long userId, UserMobileUpdate body, Actor actor) {
        return db.tx(sql -> {
            String username = requireUsername(sql, userId);
            if (body.overrides() == null) {
                throw ApiException.validation(Map.of("overrides", "is required; send {} to inherit every option"));
            }
            MobileOptions old = policies.overrides(sql, userId);
            boolean hadMobileAccess = policies.effective(sql, userId).mobileAccessEnabled();
            policies.setOverrides(sql, userId, body.overrides());
            UserMobile now = current(sql, userId);
            FieldChanges changes = FieldChanges.between(old, now.overrides(), "inherit");
            if (!changes.isEmpty()) {
                audit.append(sql, actor.eventAbout(username, AuditActions.USER_SETTINGS_CHANGED,
                        "user=" + username + ": " + changes));
            }
            if (hadMobileAccess && !now.effective().mobileAccessEnabled()) {
                // the phones lose their session at once, not when their token expires
                tokens.revokeUser(sql, userId, TokenService.MOBILE);
            }
            return now;
        });
    }

    private UserMobile current(Sql sql, long userId) throws SQLException {
        MobileOptions overrides = policies.overrides(sql, userId);
        MobilePolicy effective = overrides.over(policies.settings(sql).policy());
        return new UserMobile(overrides, effective);
    }

    private static String requireUsername(Sql sql, long userId) throws SQLException {
        return sql.one("SELECT username FROM users WHERE id = ?", rs -> rs.getString(1), userId)
                .orElseThrow(() -> ApiException.notFound("User " + userId));
    }
}
