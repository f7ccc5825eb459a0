package com.roamvault.server.users;

import com.roamvault.server.password.PasswordHashes;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** An admin's help with a user's credential: lifting a lockout, resetting the master password. */
public final class UserCredentials {
    private final Database db;
    private final Clock clock;
    private final PolicyService policies;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    public UserCredentials(Database db, Clock clock, PolicyService policies, PasswordPolicy passwordPolicy,
                           PasswordHasher hasher, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.policies = policies;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.audit = audit;
    }

    public void unlock(long id, Actor actor) {
        db.txRun(sql -> {
            UserDetail user = UserRows.require(sql, id, clock.millis());
            sql.update("UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE id = ?", id);
            audit.append(sql, actor.eventAbout(user.username(), AuditActions.ACCOUNT_UNLOCKED,
                    "user=" + user.username()));
        });
    }

    /** Checked against the user's effective policy (their own overrides count); also lifts a lockout. */
    public void resetMasterPassword(long id, String password, Actor actor) {
        UserDetail user = db.read(sql -> UserRows.require(sql, id, clock.millis()));
        MobilePolicy policy = db.read(sql -> policies.effective(sql, id));
        String hash = checkedHash(password, policy, user.username(), user.displayName());
        db.txRun(sql -> {
            UserDetail current = UserRows.require(sql, id, clock.millis());
            storeHash(sql, id, hash);
            auditReset(sql, current.username(), actor);
        });
    }

    /** Throws {@code weak_password} with the reasons, else returns the Argon2id hash. */
    String checkedHash(String password, MobilePolicy policy, String username, String displayName) {
        passwordPolicy.require(password, policy, List.of(username, displayName));
        return hasher.hash(password);
    }

    void storeHash(Sql sql, long id, String hash) throws SQLException {
        sql.update("UPDATE users SET master_password_hash = ?, locked_until = NULL, failed_logins = 0 WHERE id = ?",
                PasswordHashes.seal(sql, id, hash), id);
    }

    void auditReset(Sql sql, String username, Actor actor) throws SQLException {
        audit.append(sql, actor.eventAbout(username, AuditActions.MASTER_PASSWORD_CHANGED,
                "by=admin, user=" + username));
    }
}
