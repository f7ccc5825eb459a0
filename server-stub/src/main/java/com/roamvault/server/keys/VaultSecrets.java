package com.roamvault.server.keys;

import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The vault core's own secrets, sealed in {@code server_secrets} under the data key: made on first
 * start, shared by every server on the same database, and moved in from the key files of an
 * earlier release (which are then deleted).
 */
final class VaultSecrets {
    private final Database db;
    private final Path keyFolder;

    VaultSecrets(Database db, Path keyFolder) {
        this.db = db;
        this.keyFolder = keyFolder;
    }

    /**
     * The secret called {@code name}: the stored one, else the legacy files' content, else a new one.
     * Two servers starting at once agree: the second one's insert loses and it reads the first's.
     */
    String loadOrCreate(String name, List<String> legacyFiles, Supplier<String> fresh) {
        String value = db.txRetrying(sql -> stored(sql, name).orElseGet(() -> {
            String made = legacy(legacyFiles).orElseGet(fresh);
            insert(sql, name, made);
            return made;
        }));
        for (String file : legacyFiles) {
            try {
                Files.deleteIfExists(keyFolder.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value;
    }

    private static Optional<String> stored(Sql sql, String name) throws SQLException {
        return sql.one("SELECT sealed_value FROM server_secrets WHERE name = ?",
                rs -> sql.secrets().open("server_secrets", "sealed_value", name, rs.getString(1)), name);
    }

    private static void insert(Sql sql, String name, String value) {
        try {
            sql.update("INSERT INTO server_secrets (name, sealed_value) VALUES (?, ?)", name,
                    sql.secrets().seal("server_secrets", "sealed_value", name, value));
        } catch (SQLException e) {
            throw new com.roamvault.server.store.StoreException(e);
        }
    }

    /** The legacy files' contents joined by a space, if every one of them exists. */
    private Optional<String> legacy(List<String> files) {
        StringBuilder joined = new StringBuilder();
        for (String file : files) {
            Path path = keyFolder.resolve(file);
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            try {
                joined.append(joined.isEmpty() ? "" : " ").append(Files.readString(path).strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(joined.toString());
    }
}
