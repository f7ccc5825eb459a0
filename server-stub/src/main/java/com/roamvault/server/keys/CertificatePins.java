package com.roamvault.server.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** The pin format OkHttp's CertificatePinner uses: {@code sha256/} + base64(SHA-256(SPKI)). */
public final class CertificatePins {
    private CertificatePins() {
    }

    public static String pin(X509Certificate certificate) {
        try {
            byte[] spki = certificate.getPublicKey().getEncoded();
            return "sha256/" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
