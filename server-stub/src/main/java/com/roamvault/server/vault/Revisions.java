package com.roamvault.server.vault;

import com.roamvault.server.store.Sql;
import java.sql.SQLException;

/**
 * The vault's revision counter. {@link #next} holds the counter's row lock until the transaction
 * ends, so revisions become visible in order: a delta sync asking "revision > cursor" misses nothing.
 */
public final class Revisions {
    private Revisions() {
    }

    public static long next(Sql sql) throws SQLException {
        sql.update("UPDATE vault_revision SET revision = revision + 1 WHERE id = 1");
        return current(sql);
    }

    public static long current(Sql sql) throws SQLException {
        return sql.count("SELECT revision FROM vault_revision WHERE id = 1");
    }
}
