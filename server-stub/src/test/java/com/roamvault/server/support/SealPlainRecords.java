package com.roamvault.server.support;

import com.roamvault.server.crypt.FieldCipher;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * For tests that bulk-insert records with SQL (the audited vault API is too slow for 100k): seals
 * the plain passwords and notes those inserts wrote, as the vault would have.
 */
public final class SealPlainRecords {
    private SealPlainRecords() {
    }

    public static int in(Sql sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : sql.query("SELECT id, password, notes FROM records",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})) {
            long id = (Long) r[0];
            String password = (String) r[1];
            String notes = (String) r[2];
            if ((password != null && FieldCipher.keyId(password) < 0) || (notes != null && FieldCipher.keyId(notes) < 0)) {
                rows.add(new Object[] {seal(sql, "password", id, password), seal(sql, "notes", id, notes), id});
            }
        }
        for (int from = 0; from < rows.size(); from += 5000) {
            sql.batch("UPDATE records SET password = ?, notes = ? WHERE id = ?",
                    rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
        return rows.size();
    }

    private static String seal(Sql sql, String column, long id, String value) {
        return value == null || FieldCipher.keyId(value) >= 0 ? value : sql.secrets().seal("records", column, id, value);
    }
}
