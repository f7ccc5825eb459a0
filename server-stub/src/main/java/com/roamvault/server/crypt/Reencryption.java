package com.roamvault.server.crypt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@code rotate-keys --reencrypt}: moves every secret to a new data key while the servers keep
 * serving. The new key is stored first; once every server has picked it up for sealing (they
 * reload their keys every few seconds) each secret column is re-sealed in small transactions, each
 * row only if nobody changed it meanwhile, until no value uses an older key; then the old keys go.
 */
public final class Reencryption {
    private static final int BATCH = 500;
    private static final List<String[]> COLUMNS = List.of(new String[] {"records", "password"},
            new String[] {"records", "notes"}, new String[] {"users", "master_password_hash"},
            new String[] {"password_lists", "api_key"}, new String[] {"records", "otp_uri"},
            new String[] {"record_history", "password"}, new String[] {"record_history", "notes"},
            new String[] {"record_history", "otp_uri"}, new String[] {"mobile_edits", "answer"});

    public record Result(int newKeyId, long resealed, int retiredKeys) {
    }

    private Reencryption() {
    }

    /** @param settle how long running servers may take to seal with the new key (their reload interval and then some) */
    public static Result run(DataSource db, KekSource kek, Duration settle, Consumer<String> progress)
            throws SQLException, InterruptedException {
        int newId;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            DataKeys.unwrapAll(DataKeys.wrapped(c), kek);
            newId = DataKeys.create(c, kek);
            c.commit();
        }
        progress.accept("New data key " + newId + " stored; waiting " + settle.toSeconds()
                + " s for running servers to seal with it");
        Thread.sleep(settle.toMillis());
        FieldCipher cipher = new FieldCipher(DataKeys.ring(db, kek));
        long resealed = 0;
        for (int pass = 1; pass <= 10; pass++) {
            long inPass = 0;
            for (String[] column : COLUMNS) {
                inPass += reseal(db, cipher, column[0], column[1], newId, progress);
            }
            inPass += resealServerSecrets(db, cipher, newId);
            resealed += inPass;
            if (inPass == 0) {
                break;
            }
        }
        int retired;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM data_keys WHERE id <> ?")) {
            ps.setInt(1, newId);
            retired = ps.executeUpdate();
        }
        progress.accept("Re-encrypted " + resealed + " secrets under data key " + newId + "; retired " + retired
                + " old data key(s)");
        return new Result(newId, resealed, retired);
    }

    /** One column's values under older keys, a batch per transaction; returns how many were re-sealed. */
    private static long reseal(DataSource db, FieldCipher cipher, String table, String column, int newId,
                               Consumer<String> progress) throws SQLException {
        String newPrefix = "rv" + newId + ":%";
        long total;
        long done = 0;
        long after = Long.MIN_VALUE;
        try (Connection c = db.getConnection()) {
            total = count(c, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL AND " + column
                    + " NOT LIKE ?", newPrefix);
            c.setAutoCommit(false);
            while (total > 0) {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, " + column + " FROM " + table + " WHERE "
                        + column + " IS NOT NULL AND " + column + " NOT LIKE ? AND id > ? ORDER BY id LIMIT " + BATCH)) {
                    ps.setString(1, newPrefix);
                    ps.setLong(2, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                        }
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column
                        + " = ? WHERE id = ? AND " + column + " = ?")) {
                    for (Object[] row : rows) {
                        long id = (Long) row[0];
                        String stored = (String) row[1];
                        ps.setString(1, cipher.seal(table, column, id, cipher.open(table, column, id, stored)));
                        ps.setLong(2, id);
                        ps.setString(3, stored); // a row a server changed meanwhile is left to the next pass
                        ps.addBatch();
                    }
                    for (int n : ps.executeBatch()) {
                        done += Math.max(0, n);
                    }
                }
                c.commit();
                after = (Long) rows.get(rows.size() - 1)[0];
                progress.accept("Re-encrypting " + table + "." + column + " " + done + "/" + total);
            }
        }
        return done;
    }

    /** The core's own few secrets, keyed by name rather than id. */
    private static long resealServerSecrets(DataSource db, FieldCipher cipher, int newId) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT name, sealed_value FROM server_secrets WHERE sealed_value NOT LIKE ?")) {
            ps.setString(1, "rv" + newId + ":%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            long done = 0;
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE server_secrets SET sealed_value = ? WHERE name = ? AND sealed_value = ?")) {
                for (String[] row : rows) {
                    String plain = cipher.open("server_secrets", "sealed_value", row[0], row[1]);
                    update.setString(1, cipher.seal("server_secrets", "sealed_value", row[0], plain));
                    update.setString(2, row[0]);
                    update.setString(3, row[1]);
                    done += update.executeUpdate();
                }
            }
            return done;
        }
    }

    private static long count(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
