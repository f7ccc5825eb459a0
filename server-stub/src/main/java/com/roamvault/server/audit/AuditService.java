package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.server.store.Database;
import java.io.IOException;
import java.io.Writer;

/** The audit history for security administrators: filtered pages, CSV export, chain verification. */
public final class AuditService {
    private final Database db;
    private final AuditHistory history;
    private final AuditCsvExport export;
    private final AuditVerifier verifier;

    public AuditService(Database db) {
        this.db = db;
        this.history = new AuditHistory();
        this.export = new AuditCsvExport(db, history);
        this.verifier = new AuditVerifier(db);
    }

    public AuditPage page(AuditFilter filter) {
        return db.read(sql -> history.page(sql, filter));
    }

    /** Streams every matching event as CSV; returns how many rows were written. */
    public long export(AuditFilter filter, Writer out) throws IOException {
        return export.write(filter, out);
    }

    public AuditVerifyResult verify() {
        return verifier.verify();
    }
}
