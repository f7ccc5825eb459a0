package com.roamvault.server.support;

import com.roamvault.server.ServerWiring;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.vault.Grant;
import com.roamvault.server.vault.RecordFields;
import com.roamvault.server.vault.VaultRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data made through the server's own services (for tests of other features). Tests of the
 * admin API itself go through HTTP.
 */
public final class Fixtures {
    private static final Actor TEST = new Actor(AuditEntry.ADMIN_CONSOLE, "admin", "127.0.0.1");
    private final ServerWiring ctx;

    public Fixtures(TestServer server) {
        this.ctx = server.server().wiring();
    }

    public long user(String username, String masterPassword) {
        String hash = masterPassword == null ? null : ctx.hasher().hash(masterPassword);
        return ctx.db().tx(sql -> {
            long id = sql.insert("INSERT INTO users (username, username_key, display_name, created_at) "
                    + "VALUES (?, ?, ?, ?)", username, LoginService.key(username), username, ctx.clock().millis());
            com.roamvault.server.password.PasswordHashes.store(sql, id, hash);
            return id;
        });
    }

    public long group(String name, long... members) {
        return ctx.db().tx(sql -> {
            long id = sql.insert("INSERT INTO security_groups (name) VALUES (?)", name);
            for (long m : members) {
                sql.update("INSERT INTO group_members (group_id, user_id) VALUES (?, ?)", id, m);
            }
            return id;
        });
    }

    public long list(String name) {
        return ctx.db().tx(sql -> ctx.vault().createList(sql, name, "test list", TEST).id());
    }

    public VaultRecord record(long listId, String title, String password) {
        return ctx.db().tx(sql -> ctx.vault().createRecord(sql, listId,
                new RecordFields(title, "user-" + title, password, "https://" + title, null, null, null, null, null),
                TEST));
    }

    public List<VaultRecord> records(long listId, int count, String prefix) {
        List<VaultRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(record(listId, prefix + "-" + i, "pw-" + prefix + "-" + i));
        }
        return out;
    }

    public void grantUser(long listId, long userId, boolean mobileAccess) {
        grants(listId, new Grant(userId, null, "view", mobileAccess));
    }

    public void grants(long listId, Grant... grants) {
        ctx.db().txRun(sql -> ctx.vault().setGrants(sql, listId, List.of(grants), TEST));
    }

    public void updateRecord(long recordId, String newPassword) {
        ctx.db().txRun(sql -> ctx.vault().updateRecord(sql, recordId,
                new RecordFields(null, null, newPassword, null, null, null, null, null, null), TEST));
    }

    public void deleteRecord(long recordId) {
        ctx.db().txRun(sql -> ctx.vault().deleteRecord(sql, recordId, TEST));
    }

    public ServerWiring wiring() {
        return ctx;
    }
}
