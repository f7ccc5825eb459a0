package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Appends to the hash-chained audit log inside the caller's transaction. The row lock on
 * {@code audit_head} orders appends across threads and server processes alike.
 */
public final class AuditLog {
    private static final String INSERT = "INSERT INTO audit_events (seq, id, occurred_at, received_at, username, "
            + "device_id, platform, action, result, record_id, list_id, title, origin, client_ip, detail, hash, "
            + "subject_username) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void append(Sql sql, AuditEntry entry) throws SQLException {
        appendAll(sql, List.of(entry));
    }

    /** Appends the entries whose id is not stored yet; returns how many were new. */
    public int appendAll(Sql sql, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return 0;
        }
        Head head = sql.one("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                rs -> new Head(rs.getLong(1), rs.getString(2))).orElseThrow();
        Set<String> known = existingIds(sql, entries);
        Instant now = clock.instant();
        long seq = head.seq;
        String hash = head.hash;
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            if (!known.add(e.id())) {
                continue;
            }
            Instant occurred = e.occurredAt() != null ? e.occurredAt() : now;
            AuditEvent event = new AuditEvent(++seq, e.id(), truncate(occurred), truncate(now), e.username(),
                    e.deviceId(), e.platform(), e.action(), e.result(), e.recordId(), e.listId(), e.title(),
                    e.origin(), e.clientIp(), e.detail(), null, e.subjectUsername());
            hash = AuditChain.hash(hash, event);
            rows.add(new Object[] {event.seq(), event.id(), event.occurredAt().toEpochMilli(),
                    event.receivedAt().toEpochMilli(), event.username(), event.deviceId(), event.platform(),
                    event.action(), event.result(), event.recordId(), event.listId(), event.title(), event.origin(),
                    event.clientIp(), event.detail(), hash, event.subjectUsername()});
        }
        if (rows.isEmpty()) {
            return 0;
        }
        sql.batch(INSERT, rows);
        sql.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return rows.size();
    }

    private static Set<String> existingIds(Sql sql, List<AuditEntry> entries) throws SQLException {
        Set<String> known = new HashSet<>();
        for (int from = 0; from < entries.size(); from += 500) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + 500));
            Object[] ids = chunk.stream().map(AuditEntry::id).toArray();
            known.addAll(sql.query("SELECT id FROM audit_events WHERE id IN (" + Sql.placeholders(ids.length) + ")",
                    rs -> rs.getString(1), ids));
        }
        return known;
    }

    /** Stored at millisecond precision, so hash what is stored. */
    private static Instant truncate(Instant t) {
        return Instant.ofEpochMilli(t.toEpochMilli());
    }

    private record Head(long seq, String hash) {
    }
}
