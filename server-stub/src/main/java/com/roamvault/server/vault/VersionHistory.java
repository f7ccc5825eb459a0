package com.roamvault.server.vault;

import com.roamvault.server.audit.Actor;
import com.roamvault.server.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A record's history: every version a change replaced, with the author stamped on it when it was
 * written, and the phones' edits that lost a conflict. Secrets are sealed under the history row.
 */
public final class VersionHistory {
    private static final String COLUMNS = "id, record_id, version, title, username, password, url, notes, domain, "
            + "description, host_name, otp_uri, changed_at, changed_by_id, changed_by, platform, conflict";

    private VersionHistory() {
    }

    /** Keeps the record's current values, as their author wrote them, before a change replaces them. */
    static void keep(Sql sql, VaultRecord current) throws SQLException {
        Author author = sql.one("SELECT changed_by_id, changed_by, changed_platform FROM records WHERE id = ?",
                rs -> new Author(Sql.nullableLong(rs, "changed_by_id"), rs.getString("changed_by"),
                        rs.getString("changed_platform")), current.id()).orElseThrow();
        insert(sql, current.id(), current.version(), current.fields(), current.updatedAt().toEpochMilli(), author,
                false);
    }

    /** Keeps a phone's version that lost a conflict (numbered by the version it was edited from). */
    static void keepConflict(Sql sql, long recordId, long baseVersion, RecordFields phoneValues, Instant at,
                             Actor actor) throws SQLException {
        insert(sql, recordId, baseVersion, phoneValues, at.toEpochMilli(),
                new Author(actor.userId(), actor.username(), actor.platform()), true);
    }

    /** Newest first. */
    public static List<StoredVersion> of(Sql sql, long recordId) throws SQLException {
        return sql.query("SELECT " + COLUMNS + " FROM record_history WHERE record_id = ? "
                + "ORDER BY changed_at DESC, id DESC", rs -> version(sql, rs), recordId);
    }

    /** The version numbered so; a kept version rather than a lost conflict of the same number. */
    public static Optional<StoredVersion> find(Sql sql, long recordId, long version) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " FROM record_history WHERE record_id = ? AND version = ? "
                + "ORDER BY conflict, id DESC LIMIT 1", rs -> version(sql, rs), recordId, version);
    }

    private record Author(Long userId, String username, String platform) {
    }

    private static void insert(Sql sql, long recordId, long version, RecordFields f, long at, Author author,
                               boolean conflict) throws SQLException {
        long id = sql.insert("INSERT INTO record_history (record_id, version, title, username, url, domain, "
                + "description, host_name, changed_at, changed_by_id, changed_by, platform, conflict) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recordId, version, f.title(), f.username(),
                f.url(), f.domain(), f.description(), f.hostName(), at, author.userId(), author.username(),
                author.platform(), conflict);
        RecordSecrets.store(sql, RecordSecrets.HISTORY, id, f.password(), f.notes(), f.otpUri());
    }

    private static StoredVersion version(Sql sql, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String table = RecordSecrets.HISTORY;
        RecordFields fields = new RecordFields(rs.getString("title"), rs.getString("username"),
                RecordSecrets.open(sql, table, "password", id, rs.getString("password")), rs.getString("url"),
                RecordSecrets.open(sql, table, "notes", id, rs.getString("notes")), rs.getString("domain"),
                rs.getString("description"), rs.getString("host_name"),
                RecordSecrets.open(sql, table, "otp_uri", id, rs.getString("otp_uri")));
        return new StoredVersion(id, rs.getLong("record_id"), rs.getLong("version"),
                Instant.ofEpochMilli(rs.getLong("changed_at")), Sql.nullableLong(rs, "changed_by_id"),
                rs.getString("changed_by"), rs.getString("platform"), rs.getBoolean("conflict"), fields);
    }
}
