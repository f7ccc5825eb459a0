package com.roamvault.server.vault;

import com.roamvault.server.store.Sql;
import java.sql.SQLException;

/** A record's secret columns, password and notes, sealed under the data key for their row. */
public final class RecordSecrets {
    private static final String TABLE = "records";

    private RecordSecrets() {
    }

    static void store(Sql sql, long recordId, String password, String notes) throws SQLException {
        sql.update("UPDATE records SET password = ?, notes = ? WHERE id = ?", sealPassword(sql, recordId, password),
                sealNotes(sql, recordId, notes), recordId);
    }

    static String sealPassword(Sql sql, long recordId, String password) {
        return sql.secrets().seal(TABLE, "password", recordId, password);
    }

    static String sealNotes(Sql sql, long recordId, String notes) {
        return sql.secrets().seal(TABLE, "notes", recordId, notes);
    }

    public static String password(Sql sql, long recordId, String stored) {
        return sql.secrets().open(TABLE, "password", recordId, stored);
    }

    public static String notes(Sql sql, long recordId, String stored) {
        return sql.secrets().open(TABLE, "notes", recordId, stored);
    }
}
