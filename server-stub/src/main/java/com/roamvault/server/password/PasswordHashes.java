package com.roamvault.server.password;

import com.roamvault.server.store.Sql;
import java.sql.SQLException;

/**
 * Where master-password hashes rest: sealed under the data key in {@code users.master_password_hash},
 * so a copied database offers no Argon2 hash to guess against.
 */
public final class PasswordHashes {
    private static final String TABLE = "users";
    private static final String COLUMN = "master_password_hash";

    private PasswordHashes() {
    }

    /** Sets a user's hash (null clears it). */
    public static void store(Sql sql, long userId, String hash) throws SQLException {
        sql.update("UPDATE users SET master_password_hash = ? WHERE id = ?", seal(sql, userId, hash), userId);
    }

    public static String seal(Sql sql, long userId, String hash) {
        return sql.secrets().seal(TABLE, COLUMN, userId, hash);
    }

    public static String open(Sql sql, long userId, String stored) {
        return sql.secrets().open(TABLE, COLUMN, userId, stored);
    }
}
