package com.roamvault.protocol.mobile;

import com.roamvault.protocol.policy.LeaseTerms;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The vault core's signed statement of how long a device may use its offline cache and under which
 * {@link LeaseTerms} (every policy field the phone enforces offline). The signature (Ed25519,
 * base64) covers {@link #canonicalBytes()}, terms included.
 */
public record Lease(String deviceId, String username, Instant issuedAt, Instant expiresAt, int offlineCacheDays,
                    LeaseTerms terms, String signature) {

    /**
     * Unambiguous: each field on its own line, none may contain a line break; the terms follow as
     * {@code key=value} lines (v2). A lease without terms keeps the v1 bytes it was signed with.
     */
    public byte[] canonicalBytes() {
        List<String> lines = new ArrayList<>(List.of(terms == null ? "roamvault-lease-v1" : "roamvault-lease-v2",
                deviceId, username, issuedAt.toString(), expiresAt.toString(), Integer.toString(offlineCacheDays)));
        if (terms != null) {
            lines.addAll(terms.canonicalLines());
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    public Lease withSignature(String signature) {
        return new Lease(deviceId, username, issuedAt, expiresAt, offlineCacheDays, terms, signature);
    }
}
