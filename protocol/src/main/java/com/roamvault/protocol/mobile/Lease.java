package com.roamvault.protocol.mobile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The server's signed statement of how long a device may use its offline cache. The signature
 * (Ed25519, base64) covers {@link #canonicalBytes()}.
 */
public record Lease(String deviceId, String username, Instant issuedAt, Instant expiresAt, int offlineCacheDays,
                    String signature) {

    /** Unambiguous: each field on its own line, none may contain a line break. */
    public byte[] canonicalBytes() {
        String text = String.join("\n", "roamvault-lease-v1", deviceId, username, issuedAt.toString(),
                expiresAt.toString(), Integer.toString(offlineCacheDays));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public Lease withSignature(String signature) {
        return new Lease(deviceId, username, issuedAt, expiresAt, offlineCacheDays, signature);
    }
}
