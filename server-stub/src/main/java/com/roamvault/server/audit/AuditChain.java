package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit hash chain: each event's hash is SHA-256 over the previous hash and the event's
 * canonical form, so an edit or deletion anywhere breaks every later link.
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
