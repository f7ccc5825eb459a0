package com.roamvault.server.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The server's long-lived secrets, made on first start and kept in {@code DATA/keys/} (owner-only
 * files): the TLS key and self-signed certificate, the Ed25519 lease key, and the system API key.
 * Scaled-out instances share them by sharing (or copying) that folder.
 */
public final class ServerKeys {
    private final TlsIdentity tls;
    private final KeyPair leaseKeys;
    private final String systemApiKey;

    private ServerKeys(TlsIdentity tls, KeyPair leaseKeys, String systemApiKey) {
        this.tls = tls;
        this.leaseKeys = leaseKeys;
        this.systemApiKey = systemApiKey;
    }

    public static ServerKeys loadOrCreate(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("keys"));
        TlsIdentity tls = TlsIdentity.loadOrCreate(dir, "tls");
        try {
            KeyPair leaseKeys = loadOrCreateLeaseKeys(dir);
            String apiKey = SecretFiles.readOrCreate(dir.resolve("system-api-key"), () -> SecretFiles.randomHex(20));
            return new ServerKeys(tls, leaseKeys, apiKey);
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
        SecretFiles.writeSecret(privateFile, out -> out.write(
                Base64.getEncoder().encode(pair.getPrivate().getEncoded())));
        Files.writeString(publicFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        return pair;
    }

    /** The key and certificate this server presents on every TLS port. */
    public TlsIdentity tls() {
        return tls;
    }

    public X509Certificate certificate() {
        return tls.certificate();
    }

    public String pin() {
        return tls.pin();
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
}
