package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.server.http.Caller;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Stores a phone's audit journal in the server's log: device time and origin as the phone
 * recorded them, who and which device from the token, record titles from the vault. Idempotent
 * by event id, so a phone that lost an answer simply uploads the same events again.
 */
public final class AuditUploadService {
    private final Database db;
    private final AuditLog audit;

    public AuditUploadService(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public AuditUploadResult upload(Caller caller, AuditUpload upload) {
        List<AuditUploadEvent> events = AuditUploadValidation.check(upload);
        if (events.isEmpty()) {
            return new AuditUploadResult(0, 0);
        }
        return db.tx(sql -> {
            Map<Long, RecordRef> records = records(sql, events);
            List<AuditEntry> entries = new ArrayList<>(events.size());
            for (AuditUploadEvent e : events) {
                RecordRef ref = e.recordId() == null ? null : records.get(e.recordId());
                Long listId = e.listId() != null ? e.listId() : ref == null ? null : ref.listId();
                entries.add(new AuditEntry(e.id().toLowerCase(Locale.ROOT), e.occurredAt(), caller.username(),
                        caller.deviceId(), AuditEntry.MOBILE_APP, e.action(), e.result(), e.recordId(), listId,
                        ref == null ? null : ref.title(), e.origin(), caller.clientIp(), e.detail(), null));
            }
            int accepted = audit.appendAll(sql, entries);
            int duplicates = events.size() - accepted;
            if (accepted > 0) {
                audit.append(sql, AuditEntry.server(AuditEntry.APP_SERVER, AuditActions.AUDIT_UPLOADED,
                        "success", caller.username(), caller.deviceId(), caller.clientIp(),
                        "accepted=" + accepted + " duplicates=" + duplicates));
            }
            return new AuditUploadResult(accepted, duplicates);
        });
    }

    private record RecordRef(long listId, String title) {
    }

    /** Titles (and lists) of the batch's records in one query; deleted records keep their title. */
    private static Map<Long, RecordRef> records(Sql sql, List<AuditUploadEvent> events) throws SQLException {
        Object[] ids = events.stream().map(AuditUploadEvent::recordId).filter(Objects::nonNull).distinct().toArray();
        Map<Long, RecordRef> refs = new HashMap<>();
        if (ids.length == 0) {
            return refs;
        }
        sql.query("SELECT id, list_id, title FROM records WHERE id IN (" + Sql.placeholders(ids.length) + ")",
                rs -> refs.put(rs.getLong(1), new RecordRef(rs.getLong(2), rs.getString(3))), ids);
        return refs;
    }
}
