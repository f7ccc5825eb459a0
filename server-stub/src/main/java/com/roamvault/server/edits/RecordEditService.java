package com.roamvault.server.edits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.EditConflict;
import com.roamvault.protocol.mobile.RecordEdit;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.http.Caller;
import com.roamvault.server.mobile.MobileAccess;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import com.roamvault.server.vault.RecordFields;
import com.roamvault.server.vault.Vault;
import com.roamvault.server.vault.VaultRecord;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * A phone's edit of a record (API.md): applied when it starts from the current version, kept in the
 * history as a lost conflict when it does not, and answered the same on every replay of its editId.
 * The record's row lock orders edits of one record, so parallel replays find the first one's answer.
 */
public final class RecordEditService {
    private final Database db;
    private final Vault vault;
    private final AuditLog audit;
    private final MobileAccess access;
    private final EditReceipts receipts;
    private final ObjectMapper json;

    public RecordEditService(Database db, Clock clock, Vault vault, AuditLog audit, MobileAccess access,
                             ObjectMapper json) {
        this.db = db;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.receipts = new EditReceipts(clock);
        this.json = json;
    }

    public EditAnswer edit(Caller caller, long recordId, RecordEdit edit) {
        EditChecks.wellFormed(edit);
        RecordFields changes = PhoneRecords.fields(edit.changes());
        return db.txRetrying(sql -> {
            MobilePolicy policy = access.require(sql, caller.userId());
            vault.lockRecord(sql, recordId);
            Optional<EditAnswer> earlier = receipts.find(sql, edit.editId(), caller.deviceId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            VaultRecord current = vault.requireRecord(sql, recordId);
            EditChecks.allowed(policy, edit.origin(),
                    vault.mobileEditableListIds(sql, caller.userId()).contains(current.listId()));
            Actor actor = Actor.phone(caller, edit.origin());
            EditAnswer answer = edit.baseVersion() == current.version() ? apply(sql, current, changes, actor)
                    : conflict(sql, current, edit.baseVersion(), changes, actor);
            receipts.store(sql, edit.editId(), caller.deviceId(), recordId, answer);
            return answer;
        });
    }

    private EditAnswer apply(Sql sql, VaultRecord current, RecordFields changes, Actor actor) throws SQLException {
        VaultRecord updated = vault.updateRecord(sql, current.id(), changes, actor);
        return new EditAnswer(200, write(PhoneRecords.dto(updated)));
    }

    /** The server's version stays; the phone's goes into the history so nothing typed is lost. */
    private EditAnswer conflict(Sql sql, VaultRecord current, long baseVersion, RecordFields changes, Actor actor)
            throws SQLException {
        vault.keepConflict(sql, current, baseVersion, changes, actor);
        audit.append(sql, actor.event(AuditActions.RECORD_EDIT_CONFLICT, Vault.changedFields(current, changes)
                + " baseVersion=" + baseVersion + " version=" + current.version())
                .withRecord(current.id(), current.listId(), current.title()));
        return new EditAnswer(ErrorCode.EDIT_CONFLICT.status(), write(new EditConflict(ErrorCode.EDIT_CONFLICT.code(),
                "The record changed since version " + baseVersion + "; it is now version " + current.version()
                        + ". Your edit is kept in the record's history.", PhoneRecords.dto(current))));
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an edit's answer", e);
        }
    }
}
