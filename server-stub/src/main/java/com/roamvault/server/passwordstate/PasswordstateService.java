package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.otp.Totp;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import com.roamvault.server.vault.StoredVersion;
import com.roamvault.server.vault.Vault;
import com.roamvault.server.vault.VaultRecord;
import com.roamvault.server.vault.VersionHistory;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Passwordstate-style calls over the vault. Every change goes through {@link Vault} with an
 * API actor, so it is audited with platform API and bumps the revision phones sync by. Reads
 * hand out passwords in clear, so each record returned is audited as {@code PASSWORD_REVEALED}
 * in the same transaction as the read (as Passwordstate logs passwords retrieved by the API).
 */
public final class PasswordstateService {
    private final Database db;
    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public PasswordstateService(Database db, Vault vault, AuditLog audit, Clock clock) {
        this.db = db;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    List<PsList> lists(ApiKeyScope scope) {
        return db.read(sql -> vault.lists(sql).stream()
                .filter(l -> scope.reaches(l.id())).map(PsList::of).toList());
    }

    List<PsList> list(ApiKeyScope scope, long listId) {
        scope.requireList(listId);
        return List.of(PsList.of(db.read(sql -> vault.requireList(sql, listId))));
    }

    List<PsRecord> listRecords(ApiKeyScope scope, long listId, String clientIp) {
        scope.requireList(listId);
        return db.tx(sql -> {
            vault.requireList(sql, listId);
            return revealed(sql, scope.actor(clientIp), vault.records(sql, listId));
        });
    }

    List<PsRecord> search(ApiKeyScope scope, long listId, String title, String userName, String description,
                          String clientIp) {
        scope.requireList(listId);
        return db.tx(sql -> {
            vault.requireList(sql, listId);
            return revealed(sql, scope.actor(clientIp), vault.search(sql, listId, title, userName, description));
        });
    }

    PsRecord record(ApiKeyScope scope, long recordId, String clientIp) {
        return db.tx(sql -> {
            VaultRecord record = vault.requireRecord(sql, recordId);
            scope.requireList(record.listId());
            return revealed(sql, scope.actor(clientIp), List.of(record)).get(0);
        });
    }

    private List<PsRecord> revealed(Sql sql, Actor actor, List<VaultRecord> records) throws SQLException {
        audit.appendAll(sql, records.stream().map(r -> actor.event(AuditActions.PASSWORD_REVEALED, "via=api")
                .withRecord(r.id(), r.listId(), r.title())).toList());
        return records.stream().map(PsRecord::of).toList();
    }

    PsRecord create(ApiKeyScope scope, PsRecordInput in, String clientIp) {
        if (in.passwordListId() == null) {
            throw new PasswordstateException(ErrorCode.VALIDATION_FAILED, "PasswordListID is required");
        }
        scope.requireList(in.passwordListId());
        return PsRecord.of(db.tx(sql -> vault.createRecord(sql, in.passwordListId(), in.fields(),
                scope.actor(clientIp))));
    }

    PsRecord update(ApiKeyScope scope, PsRecordInput in, String clientIp) {
        if (in.passwordId() == null) {
            throw new PasswordstateException(ErrorCode.VALIDATION_FAILED, "PasswordID is required");
        }
        return PsRecord.of(db.tx(sql -> {
            VaultRecord old = vault.requireRecord(sql, in.passwordId());
            scope.requireList(old.listId());
            if (in.passwordListId() != null && in.passwordListId() != old.listId()) {
                throw new PasswordstateException(ErrorCode.BAD_REQUEST,
                        "A record cannot be moved to another list; PasswordListID must be " + old.listId());
            }
            return vault.updateRecord(sql, old.id(), in.fields(), scope.actor(clientIp));
        }));
    }

    /** The record's current one-time code at the server's clock; audited as an API read of it. */
    List<Map<String, String>> oneTimePassword(ApiKeyScope scope, long recordId, String clientIp) {
        return db.tx(sql -> {
            VaultRecord record = vault.requireRecord(sql, recordId);
            scope.requireList(record.listId());
            if (record.otpUri() == null) {
                throw new PasswordstateException(ErrorCode.NOT_FOUND, "PasswordID " + recordId + " has no OTPUri");
            }
            String code = Totp.code(OtpUri.parse(record.otpUri()), clock.instant());
            audit.append(sql, scope.actor(clientIp).event(AuditActions.OTP_VIEWED, "via=api")
                    .withRecord(record.id(), record.listId(), record.title()));
            return List.of(Map.of("OTP", code));
        });
    }

    /** The record's earlier versions, newest first; they hold passwords, so the read is audited. */
    List<PsHistoryEntry> history(ApiKeyScope scope, long recordId, String clientIp) {
        return db.tx(sql -> {
            VaultRecord record = vault.requireRecord(sql, recordId);
            scope.requireList(record.listId());
            List<PsHistoryEntry> entries = new ArrayList<>();
            for (StoredVersion v : VersionHistory.of(sql, recordId)) {
                String displayName = v.changedById() == null ? null : sql.one(
                        "SELECT display_name FROM users WHERE id = ?", rs -> rs.getString(1), v.changedById())
                        .orElse(null);
                entries.add(PsHistoryEntry.of(v, record.listName(), displayName));
            }
            audit.append(sql, scope.actor(clientIp).event(AuditActions.PASSWORD_REVEALED,
                    "via=api history=" + entries.size()).withRecord(record.id(), record.listId(), record.title()));
            return entries;
        });
    }

    void delete(ApiKeyScope scope, long recordId, String clientIp) {
        db.txRun(sql -> {
            VaultRecord old = vault.requireRecord(sql, recordId);
            scope.requireList(old.listId());
            vault.deleteRecord(sql, recordId, scope.actor(clientIp));
        });
    }
}
