package com.roamvault.server.crypt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * {@code rotate-keys}: re-wraps every data key under a new key-encryption key at once (the
 * secrets themselves stay as they are). Crash-safe: the new key is written beside the old one
 * first, the database switches in one transaction, then the new file replaces the old; a start
 * that finds the old file no longer fits tries the pending one ({@link KekSource#pending()}).
 */
public final class KeyRotation {
    private KeyRotation() {
    }

    /** @return the id of every data key now wrapped under the new key-encryption key */
    public static Map<Integer, String> rewrap(DataSource db, KekSource kek, Consumer<String> progress)
            throws SQLException, IOException {
        if (kek.fromEnv()) {
            throw new DataKeyException("The key-encryption key comes from " + KekSource.ENV + ", so rotate it in "
                    + "your secrets manager: rotate-keys rotates the key file only.");
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            Map<Integer, String> wrapped = DataKeys.wrapped(c);
            if (wrapped.isEmpty()) {
                throw new DataKeyException("This database has no data key yet; start the server once first.");
            }
            Map<Integer, SecretBox> unlocked = DataKeys.unwrapAll(wrapped, kek);
            SecretKey old = kek.existing().orElseThrow();
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            SecretKey next = new SecretKeySpec(fresh, "AES");
            KekSource.write(kek.pending(), fresh);
            try (PreparedStatement ps = c.prepareStatement("UPDATE data_keys SET wrapped_key = ? WHERE id = ?")) {
                for (Map.Entry<Integer, String> e : wrapped.entrySet()) {
                    byte[] dek = DataKeys.unwrapBytes(old, e.getKey(), e.getValue()).orElseThrow();
                    ps.setString(1, DataKeys.wrap(next, e.getKey(), dek));
                    ps.setInt(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            Files.move(kek.pending(), kek.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.accept("Re-wrapped " + unlocked.size() + " data key(s) under a new key-encryption key in "
                    + kek.file() + "; back it up now, apart from the database.");
            return DataKeys.wrapped(c);
        }
    }
}
