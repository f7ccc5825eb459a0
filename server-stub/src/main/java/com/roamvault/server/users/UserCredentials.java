package com.roamvault.server.users;

import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.ServerContext;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** An admin's help with a user's credential: lifting a lockout, resetting the master password. */
public final class UserCredentials {
    private final ServerContext ctx;

    public UserCredentials(ServerContext ctx) {
        this.ctx = ctx;
    }

    public void unlock(long id, Actor actor) {
        ctx.db().txRun(sql -> {
            UserDetail user = UserRows.require(sql, id, ctx.clock().millis());
            sql.update("UPDATE users SET locked_until = NULL, failed_logins = 0 WHERE id = ?", id);
            ctx.audit().append(sql, actor.event(AuditActions.ACCOUNT_UNLOCKED, "user=" + user.username()));
        });
    }

    /** Checked against the user's effective policy (their own overrides count); also lifts a lockout. */
    public void resetMasterPassword(long id, String password, Actor actor) {
        UserDetail user = ctx.db().read(sql -> UserRows.require(sql, id, ctx.clock().millis()));
        MobilePolicy policy = ctx.db().read(sql -> ctx.policies().effective(sql, id));
        String hash = checkedHash(password, policy, user.username(), user.displayName());
        ctx.db().txRun(sql -> {
            UserDetail current = UserRows.require(sql, id, ctx.clock().millis());
            storeHash(sql, id, hash);
            auditReset(sql, current.username(), actor);
        });
    }

    /** Throws {@code weak_password} with the reasons, else returns the Argon2id hash. */
    String checkedHash(String password, MobilePolicy policy, String username, String displayName) {
        ctx.passwordPolicy().require(password, policy, List.of(username, displayName));
        return ctx.hasher().hash(password);
    }

    void storeHash(Sql sql, long id, String hash) throws SQLException {
        sql.update("UPDATE users SET master_password_hash = ?, locked_until = NULL, failed_logins = 0 WHERE id = ?",
                hash, id);
    }

    void auditReset(Sql sql, String username, Actor actor) throws SQLException {
        ctx.audit().append(sql, actor.event(AuditActions.MASTER_PASSWORD_CHANGED, "by=admin, user=" + username));
    }
}
