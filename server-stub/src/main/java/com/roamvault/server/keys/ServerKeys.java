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
import com.roamvault.server.store.Database;
import java.util.Base64;
import java.util.List;

/**
 * The server's long-lived keys: the TLS key and self-signed certificate in {@code DATA/keys/}
 * (owner-only files), the Ed25519 lease key and the system API key sealed in the database.
 * Scaled-out instances share the database's and copy the TLS files.
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

    /**
     * The TLS identity from the key folder; the lease key and system API key from the database,
     * sealed (moved in from the files an earlier release kept there).
     */
    public static ServerKeys load(Path dataDir, Database db) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("keys"));
        TlsIdentity tls = TlsIdentity.loadOrCreate(dir, "tls");
        VaultSecrets secrets = new VaultSecrets(db, dir);
        String lease = secrets.loadOrCreate("lease-ed25519", List.of("lease-ed25519.key", "lease-ed25519.pub"),
                ServerKeys::newLeaseKeys);
        String apiKey = secrets.loadOrCreate("system-api-key", List.of("system-api-key"),
                () -> SecretFiles.randomHex(20));
        try {
            return new ServerKeys(tls, leaseKeys(lease), apiKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("The lease key stored in the database is unreadable: " + e.getMessage(), e);
        }
    }

    /** The certificate pin of a data folder's TLS identity (made on first use), for --print-pin. */
    public static String pin(Path dataDir) throws IOException {
        return TlsIdentity.loadOrCreate(Files.createDirectories(dataDir.resolve("keys")), "tls").pin();
    }

    /** "base64(PKCS#8 private) base64(X.509 public)": the stored form of the lease key pair. */
    private static String newLeaseKeys() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            return b64.encodeToString(pair.getPrivate().getEncoded()) + " "
                    + b64.encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair leaseKeys(String stored) throws GeneralSecurityException {
        String[] parts = stored.split(" ");
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0])));
        return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1]))),
                privateKey);
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
