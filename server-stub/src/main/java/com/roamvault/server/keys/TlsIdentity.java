package com.roamvault.server.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * One TLS key and its self-signed certificate, kept as {@code NAME.p12} with its password in
 * {@code NAME.pass} (owner-only files, made on first use). Known to peers by its {@link #pin()}.
 */
public final class TlsIdentity {
    private static final String ALIAS = "roamvault";
    private static final Duration VALIDITY = Duration.ofDays(825);

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private TlsIdentity(KeyStore keyStore, char[] password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = certificate;
    }

    /** {@code dir/name.p12} and {@code dir/name.pass}, made with a fresh key if they are not there yet. */
    public static TlsIdentity loadOrCreate(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        try {
            String password = SecretFiles.readOrCreate(dir.resolve(name + ".pass"), () -> SecretFiles.randomHex(24));
            Path keyStoreFile = dir.resolve(name + ".p12");
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            if (Files.exists(keyStoreFile)) {
                try (InputStream in = Files.newInputStream(keyStoreFile)) {
                    keyStore.load(in, password.toCharArray());
                }
            } else {
                SelfSignedCertificate.Issued issued = SelfSignedCertificate.create("roamvault", VALIDITY);
                keyStore.load(null, null);
                keyStore.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), password.toCharArray(),
                        new Certificate[] {issued.certificate()});
                SecretFiles.writeSecret(keyStoreFile, out -> keyStore.store(out, password.toCharArray()));
            }
            return new TlsIdentity(keyStore, password.toCharArray(), (X509Certificate) keyStore.getCertificate(ALIAS));
        } catch (GeneralSecurityException e) {
            throw new IOException("The TLS key " + dir.resolve(name + ".p12") + " is unreadable: " + e.getMessage(), e);
        }
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public char[] password() {
        return password.clone();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code sha256/} + base64(SHA-256(SPKI)): what a peer pins. */
    public String pin() {
        return CertificatePins.pin(certificate);
    }
}
