package com.roamvault.server.vault;

import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordHistory;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordRestore;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Database;
import java.util.List;
import java.util.Map;

/** The security administrator's work on password records, each call one transaction. */
public final class RecordAdmin {
    private final Database db;
    private final Vault vault;

    public RecordAdmin(Database db, Vault vault) {
        this.db = db;
        this.vault = vault;
    }

    public List<RecordDetail> records(long listId) {
        return db.read(sql -> {
            vault.requireList(sql, listId);
            return vault.records(sql, listId);
        }).stream().map(AdminViews::record).toList();
    }

    public RecordDetail create(long listId, RecordRequest body, Actor actor) {
        return AdminViews.record(db.tx(sql -> {
            vault.requireList(sql, listId);
            return vault.createRecord(sql, listId, AdminViews.fields(body), actor);
        }));
    }

    public RecordDetail get(long id) {
        return AdminViews.record(db.read(sql -> vault.requireRecord(sql, id)));
    }

    public RecordDetail update(long id, RecordRequest body, Actor actor) {
        return AdminViews.record(db.tx(sql -> {
            vault.requireRecord(sql, id);
            return vault.updateRecord(sql, id, AdminViews.fields(body), actor);
        }));
    }

    /** Every earlier version, newest first. */
    public RecordHistory history(long id) {
        return new RecordHistory(db.read(sql -> {
            vault.requireRecord(sql, id);
            return VersionHistory.of(sql, id);
        }).stream().map(AdminViews::version).toList());
    }

    /** Makes an earlier version current again, as a new version. */
    public RecordDetail restore(long id, RecordRestore body, Actor actor) {
        return AdminViews.record(db.tx(sql -> {
            vault.requireRecord(sql, id);
            StoredVersion version = VersionHistory.find(sql, id, body.version()).orElseThrow(() ->
                    ApiException.validation(Map.of("version", "is not an earlier version of this record")));
            return vault.restoreRecord(sql, id, version, actor);
        }));
    }

    public void delete(long id, Actor actor) {
        db.txRun(sql -> vault.deleteRecord(sql, id, actor));
    }
}
