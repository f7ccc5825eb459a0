package com.roamvault.server.dmz;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * A peer's public-key pin, {@code sha256/} + base64(SHA-256(SPKI)) as the server prints it; the one
 * identity the DMZ channel checks (the certificates are self-signed, so there is no CA to ask).
 */
public final class KeyPin {
    private static final String PREFIX = "sha256/";

    private final String text;
    private final byte[] digest;

    private KeyPin(String text, byte[] digest) {
        this.text = text;
        this.digest = digest;
    }

    /** @throws IllegalArgumentException with a message fit for a person when {@code text} is no pin */
    public static KeyPin parse(String text) {
        String pin = text == null ? "" : text.strip();
        if (!pin.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a pin looks like sha256/<base64 of 32 bytes>, not '" + pin + "'");
        }
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(pin.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the pin '" + pin + "' is not valid base64 after sha256/");
        }
        if (digest.length != 32) {
            throw new IllegalArgumentException("the pin '" + pin + "' is not a SHA-256 hash (32 bytes)");
        }
        return new KeyPin(pin, digest);
    }

    /** Whether the certificate carries the pinned key; constant time, so timing tells an attacker nothing. */
    public boolean matches(X509Certificate certificate) {
        try {
            byte[] actual = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return MessageDigest.isEqual(digest, actual);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
