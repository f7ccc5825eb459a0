package com.roamvault.server.vault;

import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.ListRequest;
import com.roamvault.protocol.admin.Permissions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Database;
import java.util.List;
import java.util.Map;

/** The security administrator's work on password lists and their permissions, each call one transaction. */
public final class ListAdmin {
    private final Database db;
    private final Vault vault;

    public ListAdmin(Database db, Vault vault) {
        this.db = db;
        this.vault = vault;
    }

    public List<ListDetail> lists() {
        return db.read(vault::lists).stream().map(AdminViews::list).toList();
    }

    public ListDetail create(ListRequest body, Actor actor) {
        return AdminViews.list(db.tx(sql -> vault.createList(sql, body.name(), body.description(), actor)));
    }

    public ListDetail get(long id) {
        return AdminViews.list(db.read(sql -> vault.requireList(sql, id)));
    }

    public void delete(long id, Actor actor) {
        db.txRun(sql -> vault.deleteList(sql, id, actor));
    }

    public Permissions permissions(long id) {
        return new Permissions(db.read(sql -> vault.grants(sql, id)).stream().map(AdminViews::permission).toList());
    }

    /** Replaces the whole set; the vault validates every entry and audits PERMISSION_CHANGED. */
    public Permissions setPermissions(long id, Permissions body, Actor actor) {
        db.txRun(sql -> {
            vault.requireList(sql, id);
            if (body.permissions() == null) {
                throw ApiException.validation(Map.of("permissions", "is required; send [] to remove every grant"));
            }
            List<Grant> grants = body.permissions().stream().map(AdminViews::grant).toList();
            vault.setGrants(sql, id, grants, actor);
        });
        return permissions(id);
    }
}
