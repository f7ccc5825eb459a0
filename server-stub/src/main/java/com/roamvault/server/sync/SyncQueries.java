package com.roamvault.server.sync;

import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.server.store.Sql;
import com.roamvault.server.vault.RecordSecrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The record queries behind a sync, each one statement over {@code list_id IN (...)} (chunked only
 * past {@link #CHUNK} lists) and bounded by the revision read at the start, so a response is a
 * consistent cut of the vault even while it changes.
 */
final class SyncQueries {
    static final int CHUNK = 1000;
    private static final String RECORD_COLUMNS = "id, list_id, title, username, password, url, notes, domain, "
            + "updated_at, deleted, version, otp_uri";

    private SyncQueries() {
    }

    /** Records to upsert and record ids to drop. */
    record Changes(List<RecordDto> records, TreeSet<Long> removed) {
        Changes() {
            this(new ArrayList<>(), new TreeSet<>());
        }
    }

    /** @param editable the lists whose records the phone may edit (their {@code canEdit}) */
    static List<ListDto> lists(Sql sql, List<Long> listIds, Set<Long> editable) throws SQLException {
        List<ListDto> lists = new ArrayList<>();
        for (List<Long> chunk : chunks(listIds)) {
            lists.addAll(sql.query("SELECT id, name FROM password_lists WHERE deleted = FALSE AND id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> new ListDto(rs.getLong(1), rs.getString(2), editable.contains(rs.getLong(1))),
                    chunk.toArray()));
        }
        lists.sort(Comparator.comparing(ListDto::name).thenComparingLong(ListDto::listId));
        return lists;
    }

    /** Every live record of the lists, up to the revision. */
    static void allLive(Sql sql, Collection<Long> listIds, long upTo, Changes into) throws SQLException {
        for (List<Long> chunk : chunks(listIds)) {
            sql.query("SELECT " + RECORD_COLUMNS + " FROM records WHERE list_id IN (" + Sql.placeholders(chunk.size())
                    + ") AND deleted = FALSE AND revision <= ? ORDER BY id", rs -> row(sql, rs), params(chunk, upTo))
                    .forEach(row -> row.addTo(into));
        }
    }

    /** What changed in the lists after {@code since}, up to {@code upTo}: live records and tombstones. */
    static void changedSince(Sql sql, Collection<Long> listIds, long since, long upTo, Changes into)
            throws SQLException {
        for (List<Long> chunk : chunks(listIds)) {
            sql.query("SELECT " + RECORD_COLUMNS + " FROM records WHERE list_id IN (" + Sql.placeholders(chunk.size())
                    + ") AND revision > ? AND revision <= ? ORDER BY id", rs -> row(sql, rs),
                    params(chunk, since, upTo)).forEach(row -> row.addTo(into));
        }
    }

    /**
     * Ids of every record of the lists a phone may still hold: live ones, and those deleted after
     * its cursor. (Older tombstones it dropped long ago.)
     */
    static void heldIn(Sql sql, Collection<Long> listIds, long since, Changes into) throws SQLException {
        for (List<Long> chunk : chunks(listIds)) {
            into.removed().addAll(sql.query("SELECT id FROM records WHERE list_id IN ("
                    + Sql.placeholders(chunk.size()) + ") AND (deleted = FALSE OR revision > ?)",
                    rs -> rs.getLong(1), params(chunk, since)));
        }
    }

    /** A live record, or the id of a deleted one (a tombstone). */
    private record Row(long id, RecordDto live) {
        void addTo(Changes changes) {
            if (live != null) {
                changes.records().add(live);
            } else {
                changes.removed().add(id);
            }
        }
    }

    private static Row row(Sql sql, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        if (rs.getBoolean("deleted")) {
            return new Row(id, null);
        }
        return new Row(id, new RecordDto(id, rs.getLong("list_id"), rs.getString("title"), rs.getString("username"),
                RecordSecrets.password(sql, id, rs.getString("password")), rs.getString("url"),
                RecordSecrets.notes(sql, id, rs.getString("notes")), rs.getString("domain"),
                Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("version"),
                RecordSecrets.otpUri(sql, id, rs.getString("otp_uri"))));
    }

    private static Object[] params(List<Long> ids, long... more) {
        Object[] params = new Object[ids.size() + more.length];
        for (int i = 0; i < ids.size(); i++) {
            params[i] = ids.get(i);
        }
        for (int i = 0; i < more.length; i++) {
            params[ids.size() + i] = more[i];
        }
        return params;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
