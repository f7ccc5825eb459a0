package com.roamvault.server.users;

import com.roamvault.server.password.PasswordHashes;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.audit.FieldChanges;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import com.roamvault.server.tokens.TokenService;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * Creating, changing and deleting user accounts. A password is policy-checked and hashed before
 * the transaction opens, so slow Argon2 work never holds a connection.
 */
public final class UserService {
    private final Database db;
    private final Clock clock;
    private final PolicyService policies;
    private final TokenService tokens;
    private final AuditLog audit;
    private final UserCredentials credentials;

    public UserService(Database db, Clock clock, PolicyService policies, TokenService tokens, AuditLog audit,
                       UserCredentials credentials) {
        this.db = db;
        this.clock = clock;
        this.policies = policies;
        this.tokens = tokens;
        this.audit = audit;
        this.credentials = credentials;
    }

    /** One page of the user list, filtered and sorted as asked. */
    public UserPage list(UserListQuery query) {
        return db.read(sql -> UserDirectory.page(sql, query, clock.millis()));
    }

    public UserDetail get(long id) {
        return db.read(sql -> UserRows.require(sql, id, clock.millis()));
    }

    public UserDetail create(UserCreate body, Actor actor) {
        UserValidation.check(body, true);
        String username = body.username().strip();
        String displayName = body.displayName().strip();
        db.txRun(sql -> UserRows.requireFreeUsername(sql, username, null));
        String hash = body.masterPassword() == null ? null : credentials.checkedHash(body.masterPassword(),
                db.read(sql -> policies.settings(sql).policy()), username, displayName);
        boolean securityAdmin = or(body.securityAdmin(), false);
        boolean mobileAccess = or(body.mobileAccess(), true);
        boolean enabled = or(body.enabled(), true);
        return db.tx(sql -> {
            UserRows.requireFreeUsername(sql, username, null);
            long id = insert(sql, username, displayName, enabled, securityAdmin, mobileAccess, hash);
            audit.append(sql, actor.eventAbout(username, AuditActions.USER_CREATED, "user=" + username
                    + ", displayName=" + displayName + ", enabled=" + enabled + ", securityAdmin=" + securityAdmin
                    + ", mobileAccess=" + mobileAccess + ", masterPassword=" + (hash != null ? "set" : "none")));
            return UserRows.require(sql, id, clock.millis());
        });
    }

    /** Null fields stay as they are. Turning off the account or its mobile access ends its sessions. */
    public UserDetail update(long id, UserCreate body, Actor actor, long callerId) {
        UserDetail old = get(id);
        UserValidation.check(body, false);
        if (id == callerId) {
            refuseSelfLockout(body);
        }
        String username = body.username() != null ? body.username().strip() : old.username();
        String displayName = body.displayName() != null ? body.displayName().strip() : old.displayName();
        db.txRun(sql -> UserRows.requireFreeUsername(sql, username, id));
        String hash = body.masterPassword() == null ? null : credentials.checkedHash(body.masterPassword(),
                db.read(sql -> policies.effective(sql, id)), username, displayName);
        return db.tx(sql -> {
            UserDetail before = UserRows.require(sql, id, clock.millis());
            UserRows.requireFreeUsername(sql, username, id);
            boolean enabled = or(body.enabled(), before.enabled());
            boolean securityAdmin = or(body.securityAdmin(), before.securityAdmin());
            boolean mobileAccess = or(body.mobileAccess(), before.mobileAccess());
            try {
                sql.update("UPDATE users SET username = ?, username_key = ?, display_name = ?, enabled = ?, "
                                + "security_admin = ?, mobile_access = ? WHERE id = ?", username,
                        LoginService.key(username), displayName, enabled, securityAdmin, mobileAccess, id);
            } catch (SQLException e) {
                throw UserRows.duplicateOr(e);
            }
            if (hash != null) {
                credentials.storeHash(sql, id, hash);
            }
            if (before.enabled() && !enabled) {
                tokens.revokeUser(sql, id);
            } else if (before.mobileAccess() && !mobileAccess) {
                tokens.revokeUser(sql, id, TokenService.MOBILE);
            }
            FieldChanges changes = new FieldChanges("none").add("username", before.username(), username)
                    .add("displayName", before.displayName(), displayName).add("enabled", before.enabled(), enabled)
                    .add("securityAdmin", before.securityAdmin(), securityAdmin)
                    .add("mobileAccess", before.mobileAccess(), mobileAccess).addHidden("masterPassword", hash != null);
            if (!changes.isEmpty()) {
                // about the account as it is now named, so a rename is found under the new name
                audit.append(sql, actor.eventAbout(username, AuditActions.USER_UPDATED,
                        "user=" + before.username() + ": " + changes));
            }
            if (hash != null) {
                credentials.auditReset(sql, username, actor);
            }
            return UserRows.require(sql, id, clock.millis());
        });
    }

    /** Deletes the account with its devices, tokens, overrides, memberships and permissions. */
    public void delete(long id, Actor actor, long callerId) {
        if (id == callerId) {
            throw ApiException.validation(Map.of("id", "you cannot delete your own account"));
        }
        db.txRun(sql -> {
            UserDetail user = UserRows.require(sql, id, clock.millis());
            sql.update("DELETE FROM users WHERE id = ?", id);
            audit.append(sql, actor.eventAbout(user.username(), AuditActions.USER_DELETED,
                    "user=" + user.username()));
        });
    }

    /** An admin who disabled or demoted themselves could leave nobody able to administer the server. */
    private static void refuseSelfLockout(UserCreate body) {
        if (Boolean.FALSE.equals(body.enabled())) {
            throw ApiException.validation(Map.of("enabled", "you cannot disable your own account"));
        }
        if (Boolean.FALSE.equals(body.securityAdmin())) {
            throw ApiException.validation(Map.of("securityAdmin", "you cannot remove your own administrator role"));
        }
    }

    private long insert(Sql sql, String username, String displayName, boolean enabled, boolean securityAdmin,
                        boolean mobileAccess, String hash) throws SQLException {
        try {
            long id = sql.insert("INSERT INTO users (username, username_key, display_name, enabled, security_admin, "
                            + "mobile_access, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    username, LoginService.key(username), displayName, enabled, securityAdmin, mobileAccess,
                    clock.millis());
            PasswordHashes.store(sql, id, hash);
            return id;
        } catch (SQLException e) {
            // a concurrent create of the same name got there first
            throw UserRows.duplicateOr(e);
        }
    }

    private static boolean or(Boolean value, boolean fallback) {
        return value != null ? value : fallback;
    }
}
