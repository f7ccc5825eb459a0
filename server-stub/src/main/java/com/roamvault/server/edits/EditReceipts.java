package com.roamvault.server.edits;

import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * The answers given to phones' edits, by editId and device, sealed (they hold the record's secrets).
 * The unique key makes a second store of the same edit fail, so two racing replays cannot both apply.
 */
final class EditReceipts {
    private static final String TABLE = "mobile_edits";
    private final Clock clock;

    EditReceipts(Clock clock) {
        this.clock = clock;
    }

    Optional<EditAnswer> find(Sql sql, String editId, String deviceId) throws SQLException {
        return sql.one("SELECT id, status, answer FROM mobile_edits WHERE edit_id = ? AND device_id = ?",
                rs -> new EditAnswer(rs.getInt("status"),
                        sql.secrets().open(TABLE, "answer", rs.getLong("id"), rs.getString("answer"))),
                editId, deviceId);
    }

    void store(Sql sql, String editId, String deviceId, long recordId, EditAnswer answer) throws SQLException {
        long id = sql.insert("INSERT INTO mobile_edits (edit_id, device_id, record_id, status, answer, created_at) "
                + "VALUES (?, ?, ?, ?, '-', ?)", editId, deviceId, recordId, answer.status(), clock.millis());
        sql.update("UPDATE mobile_edits SET answer = ? WHERE id = ?",
                sql.secrets().seal(TABLE, "answer", id, answer.json()), id);
    }
}
