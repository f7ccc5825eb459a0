package com.roamvault.server.store.migration;

import com.roamvault.server.crypt.DataKeyRing;
import com.roamvault.server.crypt.DataKeys;
import com.roamvault.server.crypt.FieldCipher;
import com.roamvault.server.crypt.KekSource;
import com.roamvault.server.crypt.SecretDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrade to secrets at rest: makes the first data key and seals every secret a database of an
 * earlier release holds in plain text, a batch at a time, logging progress. Runs once, in the
 * migration's transaction, so a crash leaves the database as it was.
 */
public final class V5__Seal_secrets extends BaseJavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(V5__Seal_secrets.class);
    private static final int BATCH = 1000;

    private final KekSource kek;

    public V5__Seal_secrets(KekSource kek) {
        this.kek = kek;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (DataKeys.wrapped(c).isEmpty()) {
            DataKeys.create(c, kek);
        }
        FieldCipher cipher = new FieldCipher(new DataKeyRing(() -> DataKeys.unwrapAll(wrappedOf(c), kek)));
        seal(c, cipher, "records", "password");
        seal(c, cipher, "records", "notes");
        seal(c, cipher, "users", "master_password_hash");
        sealApiKeys(c, cipher);
    }

    private static java.util.Map<Integer, String> wrappedOf(Connection c) {
        try {
            return DataKeys.wrapped(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every value of one column, in id order, {@value #BATCH} rows per round trip. */
    private static void seal(Connection c, FieldCipher cipher, String table, String column) throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL");
        long done = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = page(c, "SELECT id, " + column + " FROM " + table + " WHERE " + column
                    + " IS NOT NULL AND id > ? ORDER BY id", after);
            if (rows.isEmpty()) {
                break;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    ps.setString(1, cipher.seal(table, column, id, (String) row[1]));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            done += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
            LOG.info("Sealing secrets at rest: {}.{} {}/{}", table, column, done, total);
        }
    }

    private static void sealApiKeys(Connection c, FieldCipher cipher) throws SQLException {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = page(c, "SELECT id, api_key FROM password_lists WHERE id > ? ORDER BY id", after);
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE password_lists SET api_key = ?, api_key_hash = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    String key = (String) row[1];
                    ps.setString(1, cipher.seal("password_lists", "api_key", id, key));
                    ps.setString(2, SecretDigest.sha256Hex(key));
                    ps.setLong(3, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    private static List<Object[]> page(Connection c, String sql, long after) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, after);
            ps.setMaxRows(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
        }
        return rows;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
