package com.roamvault.attack.fuzz;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** A SHA-256 of every table of the server's schema: all rows, in primary-key order, every column. */
final class TableChecksums {
    private TableChecksums() {
    }

    static Map<String, String> of(DataSource data) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = data.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                sums.put(table.toLowerCase(java.util.Locale.ROOT), checksum(c, meta, table));
            }
        }
        if (sums.isEmpty()) {
            throw new IllegalStateException("No tables found to checksum");
        }
        return sums;
    }

    private static String checksum(Connection c, DatabaseMetaData meta, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                keys.add(rs.getShort("KEY_SEQ") + ":" + rs.getString("COLUMN_NAME"));
            }
        }
        String order = keys.isEmpty() ? "1" : String.join(", ", keys.stream().sorted()
                .map(k -> "\"" + k.substring(k.indexOf(':') + 1) + "\"").toList());
        MessageDigest digest = sha256();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + order)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    byte[] value = value(rs, i);
                    digest.update(value == null ? new byte[] {0} : value);
                    digest.update((byte) 0x1F);
                }
                digest.update((byte) 0x1E);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] value(ResultSet rs, int column) throws SQLException {
        try {
            String text = rs.getString(column);
            return text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (SQLException e) {
            return rs.getBytes(column);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose checksum differs, leaving out those named. */
    static List<String> changed(Map<String, String> before, Map<String, String> after, List<String> excluded) {
        return after.keySet().stream().filter(t -> !excluded.contains(t))
                .filter(t -> !after.get(t).equals(before.get(t))).toList();
    }
}
