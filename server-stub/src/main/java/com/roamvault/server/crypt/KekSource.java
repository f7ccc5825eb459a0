package com.roamvault.server.crypt;

import com.roamvault.server.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the key-encryption key comes from: the environment ({@value #ENV}, base64 of 32 bytes) for
 * deployments with a secrets manager, else the owner-only file {@value #FILE} in the key folder.
 * The key is never written to the database.
 */
public final class KekSource {
    public static final String ENV = "ROAMVAULT_KEK";
    public static final String FILE = "data-kek.key";
    private static final Set<PosixFilePermission> UNSAFE = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path file;
    private final String fromEnv;

    public KekSource(Path keyFolder, Map<String, String> env) {
        this.file = keyFolder.resolve(FILE);
        this.fromEnv = env.get(ENV);
    }

    public Path file() {
        return file;
    }

    /** Where rotate-keys writes the next key before the database switches to it. */
    public Path pending() {
        return file.resolveSibling(FILE + ".next");
    }

    /** Where the key comes from, for messages: the environment variable or the key file. */
    public String describe() {
        return fromEnv() ? "the environment variable " + ENV : "the key file " + file;
    }

    public boolean fromEnv() {
        return fromEnv != null && !fromEnv.isBlank();
    }

    /** The configured key, if any: the environment's, else the key file's (checked to be owner-only). */
    public Optional<SecretKey> existing() {
        if (fromEnv()) {
            return Optional.of(decode(fromEnv.strip(), "The environment variable " + ENV));
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            checkOwnerOnly();
            return Optional.of(decode(Files.readString(file).strip(), "The key file " + file));
        } catch (IOException e) {
            throw new DataKeyException("The key file " + file + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /** A new random key in a new owner-only key file. */
    public SecretKey create() throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        write(file, key);
        return new SecretKeySpec(key, "AES");
    }

    /** Writes a key to an owner-only file, atomically. */
    static void write(Path file, byte[] key) throws IOException {
        try {
            OwnerOnlyFiles.write(file, out -> out.write((Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e); // writing bytes involves no cryptography
        }
    }

    private void checkOwnerOnly() throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(UNSAFE::contains)) {
                throw new DataKeyException("The key file " + file + " is readable or writable by others "
                        + "(" + PosixFilePermissions.toString(perms) + "); make it owner-only with chmod 600.");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        }
    }

    static SecretKey decode(String text, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new DataKeyException(where + " does not hold a key-encryption key (base64 of 32 bytes).");
        }
        return new SecretKeySpec(key, "AES");
    }
}
