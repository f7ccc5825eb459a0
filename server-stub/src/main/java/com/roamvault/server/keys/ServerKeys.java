package com.roamvault.server.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server's long-lived secrets, made on first start and kept in {@code DATA/keys/} (owner-only
 * files): the TLS key and self-signed certificate, the Ed25519 lease key, and the system API key.
 * Scaled-out instances share them by sharing (or copying) that folder.
 */
public final class ServerKeys {
    private static final String ALIAS = "roamvault";

    private final KeyStore tlsKeyStore;
    private final char[] tlsPassword;
    private final X509Certificate certificate;
    private final KeyPair leaseKeys;
    private final String systemApiKey;

    private ServerKeys(KeyStore tlsKeyStore, char[] tlsPassword, X509Certificate certificate, KeyPair leaseKeys,
                       String systemApiKey) {
        this.tlsKeyStore = tlsKeyStore;
        this.tlsPassword = tlsPassword;
        this.certificate = certificate;
        this.leaseKeys = leaseKeys;
        this.systemApiKey = systemApiKey;
    }

    public static ServerKeys loadOrCreate(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("keys"));
        try {
            String tlsPassword = readOrCreate(dir.resolve("tls.pass"), () -> randomHex(24));
            Path keyStoreFile = dir.resolve("tls.p12");
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            if (Files.exists(keyStoreFile)) {
                try (InputStream in = Files.newInputStream(keyStoreFile)) {
                    keyStore.load(in, tlsPassword.toCharArray());
                }
            } else {
                SelfSignedCertificate.Issued issued = SelfSignedCertificate.create("roamvault", Duration.ofDays(825));
                keyStore.load(null, null);
                keyStore.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), tlsPassword.toCharArray(),
                        new Certificate[] {issued.certificate()});
                writeSecret(keyStoreFile, out -> keyStore.store(out, tlsPassword.toCharArray()));
            }
            X509Certificate certificate = (X509Certificate) keyStore.getCertificate(ALIAS);

            KeyPair leaseKeys = loadOrCreateLeaseKeys(dir);
            String apiKey = readOrCreate(dir.resolve("system-api-key"), () -> randomHex(20));
            return new ServerKeys(keyStore, tlsPassword.toCharArray(), certificate, leaseKeys, apiKey);
        } catch (GeneralSecurityException e) {
            throw new IOException("The server keys in " + dir + " are unreadable: " + e.getMessage(), e);
        }
    }

    private static KeyPair loadOrCreateLeaseKeys(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve("lease-ed25519.key");
        Path publicFile = dir.resolve("lease-ed25519.pub");
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(privateFile).strip())));
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(publicFile).strip()))), privateKey);
        }
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        writeSecret(privateFile, out -> out.write(
                Base64.getEncoder().encode(pair.getPrivate().getEncoded())));
        Files.writeString(publicFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        return pair;
    }

    public KeyStore tlsKeyStore() {
        return tlsKeyStore;
    }

    public char[] tlsPassword() {
        return tlsPassword.clone();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String pin() {
        return CertificatePins.pin(certificate);
    }

    public LeaseSigner leaseSigner() {
        return new LeaseSigner(leaseKeys);
    }

    public String systemApiKey() {
        return systemApiKey;
    }

    /** A secret derived for one purpose from the lease key, so no extra file is needed. */
    public byte[] derivedSecret(String purpose) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update(leaseKeys.getPrivate().getEncoded());
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException, GeneralSecurityException;
    }

    private interface Maker {
        String make();
    }

    private static String readOrCreate(Path file, Maker maker) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String value = maker.make();
        writeSecret(file, out -> out.write(value.getBytes(StandardCharsets.UTF_8)));
        return value;
    }

    /** Owner-only file, written to a temp file beside it and moved in atomically. */
    private static void writeSecret(Path file, Writer writer) throws IOException, GeneralSecurityException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
