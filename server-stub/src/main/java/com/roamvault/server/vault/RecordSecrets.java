package com.roamvault.server.vault;

import com.roamvault.server.store.Sql;
import java.sql.SQLException;

/**
 * A record's secret columns, password, notes and OTP secret, sealed under the data key for their
 * row: the same for the current values ({@code records}) and earlier versions ({@code record_history}),
 * each bound to its own table, column and row.
 */
public final class RecordSecrets {
    private static final String TABLE = "records";
    static final String HISTORY = "record_history";

    private RecordSecrets() {
    }

    static void store(Sql sql, long recordId, String password, String notes, String otpUri) throws SQLException {
        store(sql, TABLE, recordId, password, notes, otpUri);
    }

    /** Seals the three secrets of one row of {@code records} or {@code record_history}. */
    static void store(Sql sql, String table, long rowId, String password, String notes, String otpUri)
            throws SQLException {
        sql.update("UPDATE " + table + " SET password = ?, notes = ?, otp_uri = ? WHERE id = ?",
                sql.secrets().seal(table, "password", rowId, password), sql.secrets().seal(table, "notes", rowId, notes),
                sql.secrets().seal(table, "otp_uri", rowId, otpUri), rowId);
    }

    public static String password(Sql sql, long recordId, String stored) {
        return sql.secrets().open(TABLE, "password", recordId, stored);
    }

    public static String notes(Sql sql, long recordId, String stored) {
        return sql.secrets().open(TABLE, "notes", recordId, stored);
    }

    public static String otpUri(Sql sql, long recordId, String stored) {
        return sql.secrets().open(TABLE, "otp_uri", recordId, stored);
    }

    static String open(Sql sql, String table, String column, long rowId, String stored) {
        return sql.secrets().open(table, column, rowId, stored);
    }
}
