package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit hash chain: each event's hash is SHA-256 over the previous hash and the event's
 * canonical form, so an edit or deletion anywhere breaks every later link. Fields added later are
 * optional and named in the canonical form (see {@link #hash}), so older chains keep verifying.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEvent e) {
        StringBuilder canonical = new StringBuilder(256).append(previousHash);
        field(canonical, Long.toString(e.seq()));
        field(canonical, e.id());
        field(canonical, Long.toString(e.occurredAt().toEpochMilli()));
        field(canonical, Long.toString(e.receivedAt().toEpochMilli()));
        field(canonical, e.username());
        field(canonical, e.deviceId());
        field(canonical, e.platform());
        field(canonical, e.action());
        field(canonical, e.result());
        field(canonical, e.recordId() == null ? null : e.recordId().toString());
        field(canonical, e.listId() == null ? null : e.listId().toString());
        field(canonical, e.title());
        field(canonical, e.origin());
        field(canonical, e.clientIp());
        field(canonical, e.detail());
        // Added after the first chains were written: appended only when present, under its name, so
        // every event stored before it (and every event about nobody) hashes exactly as it did.
        if (e.subjectUsername() != null) {
            field(canonical, "subjectUsername");
            field(canonical, e.subjectUsername());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Length-prefixed, so no choice of values can make two events read the same. */
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("|-");
        } else {
            sb.append('|').append(value.length()).append(':').append(value);
        }
    }
}
