package com.roamvault.server.crypt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The data keys (DEKs) that seal every secret column. The database holds them only wrapped under
 * the key-encryption key; a start whose key does not unwrap them stops before changing anything.
 */
public final class DataKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DataKeys() {
    }

    /** The wrapped keys by id; empty for a database that has none yet (or no table for them). */
    public static Map<Integer, String> wrapped(Connection c) throws SQLException {
        Map<Integer, String> wrapped = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, wrapped_key FROM data_keys");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                wrapped.put(rs.getInt(1), rs.getString(2));
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
                return Map.of(); // a database from before secrets at rest: the table comes with the migration
            }
            throw e;
        }
        return wrapped;
    }

    /** Checks that the key-encryption key opens every data key, before anything is migrated or written. */
    public static void requireUnlockable(DataSource db, KekSource kek) {
        try (Connection c = db.getConnection()) {
            Map<Integer, String> wrapped = wrapped(c);
            if (!wrapped.isEmpty()) {
                unwrapAll(wrapped, kek);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data keys: " + e.getMessage(), e);
        }
    }

    /** Every data key of the database, opened with the key-encryption key. */
    public static Map<Integer, SecretBox> unwrapAll(Map<Integer, String> wrapped, KekSource kek) {
        if (!wrapped.isEmpty() && kek.existing().map(k -> !opensAll(k, wrapped)).orElse(true)) {
            promotePending(kek, wrapped); // a rotate-keys cut short after its database switch
        }
        SecretKey key = kek.existing().orElseThrow(() -> new DataKeyException("The database's secrets are "
                + "encrypted under a key-encryption key, but " + kek.describe() + " is missing; restore the key "
                + "file from its backup (or set " + KekSource.ENV + ")."));
        Map<Integer, SecretBox> boxes = new HashMap<>();
        for (Map.Entry<Integer, String> e : wrapped.entrySet()) {
            boxes.put(e.getKey(), new SecretBox(unwrap(key, e.getKey(), e.getValue())
                    .orElseThrow(() -> new DataKeyException("The key-encryption key in " + kek.describe()
                            + " does not unlock this database's data key; start with the key that belongs to it."))));
        }
        return boxes;
    }

    /** A new random data key, wrapped under the key-encryption key (made on first use) and stored. */
    public static int create(Connection c, KekSource kek) throws SQLException {
        SecretKey key;
        try {
            key = kek.existing().isPresent() ? kek.existing().get() : kek.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int id = wrapped(c).keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        byte[] dek = new byte[32];
        RANDOM.nextBytes(dek);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO data_keys (id, wrapped_key) VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, wrap(key, id, dek));
            ps.executeUpdate();
        }
        return id;
    }

    /** The ring of a database's data keys, reloading (and re-reading the key-encryption key) when asked. */
    public static DataKeyRing ring(DataSource db, KekSource kek) {
        return new DataKeyRing(() -> {
            try (Connection c = db.getConnection()) {
                return unwrapAll(wrapped(c), kek);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the data keys: " + e.getMessage(), e);
            }
        });
    }

    private static boolean opensAll(SecretKey kek, Map<Integer, String> wrapped) {
        return wrapped.entrySet().stream().allMatch(e -> unwrapBytes(kek, e.getKey(), e.getValue()).isPresent());
    }

    static String wrap(SecretKey kek, int id, byte[] dek) {
        return SecretBox.text(new SecretBox(kek).seal(dek, aad(id)));
    }

    static java.util.Optional<byte[]> unwrapBytes(SecretKey kek, int id, String wrapped) {
        try {
            return java.util.Optional.of(new SecretBox(kek).open(SecretBox.bytes(wrapped), aad(id)));
        } catch (SecretUnreadableException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<SecretKey> unwrap(SecretKey kek, int id, String wrapped) {
        return unwrapBytes(kek, id, wrapped).map(b -> new SecretKeySpec(b, "AES"));
    }

    private static String aad(int id) {
        return "data_keys/wrapped_key/" + id;
    }

    /** After a crash between the database switch and the file move: the pending key, if it is the one that fits. */
    private static boolean promotePending(KekSource kek, Map<Integer, String> wrapped) {
        Path pending = kek.pending();
        if (kek.fromEnv() || !Files.exists(pending)) {
            return false;
        }
        SecretKey candidate = KekSource.decode(readQuietly(pending), "The pending key file " + pending);
        boolean fits = wrapped.entrySet().stream()
                .allMatch(e -> unwrapBytes(candidate, e.getKey(), e.getValue()).isPresent());
        if (fits) {
            try {
                Files.move(pending, kek.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                return false;
            }
        }
        return fits;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
