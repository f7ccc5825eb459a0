package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.server.store.Database;
import java.util.List;

/**
 * Recomputes the audit hash chain from seq 1, a chunk at a time (memory bounded). A changed
 * field or hash breaks that event's link; a deleted event shows as a gap in seq; deleted newest
 * events show against {@code audit_head}, which records the last seq and hash appended.
 * {@code checked} counts the events that verified before the first bad one.
 */
public final class AuditVerifier {
    static final int CHUNK = 1000;

    private final Database db;

    public AuditVerifier(Database db) {
        this.db = db;
    }

    public AuditVerifyResult verify() {
        String previous = AuditChain.GENESIS;
        long expected = 1;
        while (true) {
            long after = expected - 1;
            List<AuditEvent> chunk = db.read(sql -> sql.query("SELECT " + AuditRows.COLUMNS
                    + " FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?", AuditRows::map, after, CHUNK));
            for (AuditEvent e : chunk) {
                if (e.seq() != expected) {
                    return bad(expected);
                }
                String hash = AuditChain.hash(previous, e);
                if (!hash.equals(e.hash())) {
                    return bad(e.seq());
                }
                previous = hash;
                expected++;
            }
            if (chunk.size() == CHUNK) {
                continue;
            }
            // Read the head after the rows: an append commits its row and the head together, so a
            // head ahead of us means events arrived meanwhile, and we go on reading them.
            Head head = db.read(sql -> sql.one("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                    rs -> new Head(rs.getLong(1), rs.getString(2)))).orElseThrow();
            long last = expected - 1;
            if (head.seq() > last) {
                if (db.read(sql -> sql.count("SELECT COUNT(*) FROM audit_events WHERE seq > ?", last)) == 0) {
                    return bad(expected);
                }
                continue;
            }
            if (head.seq() < last) {
                return bad(head.seq() + 1);
            }
            return head.hash().equals(previous) ? new AuditVerifyResult(true, last, null) : bad(last);
        }
    }

    private static AuditVerifyResult bad(long seq) {
        return new AuditVerifyResult(false, seq - 1, seq);
    }

    private record Head(long seq, String hash) {
    }
}
