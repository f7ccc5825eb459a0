package com.roamvault.server.vault;

import com.roamvault.server.crypt.SecretDigest;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Sql;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The vault core: password lists, records (each change bumps the vault revision and is audited)
 * and the permissions that decide what reaches a phone. Callers supply the transaction.
 */
public final class Vault {
    private static final String RECORD_COLUMNS = "r.id, r.list_id, l.name AS list_name, r.title, r.username, "
            + "r.password, r.url, r.notes, r.domain, r.description, r.host_name, r.updated_at, r.revision, r.otp_uri, "
            + "r.version";

    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final RecordWrites writes;

    public Vault(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
        this.writes = new RecordWrites(clock, audit);
    }

    // ---- lists

    public PasswordList createList(Sql sql, String name, String description, Actor actor) throws SQLException {
        RecordValidation.checkListName(name, description);
        byte[] key = new byte[20];
        random.nextBytes(key);
        String apiKey = HexFormat.of().formatHex(key);
        long id = sql.insert("INSERT INTO password_lists (name, description, tree_path, api_key, api_key_hash) "
                + "VALUES (?, ?, ?, ?, ?)", name.strip(), description, "\\" + name.strip(), "-",
                SecretDigest.sha256Hex(apiKey));
        sql.update("UPDATE password_lists SET api_key = ? WHERE id = ?",
                sql.secrets().seal("password_lists", "api_key", id, apiKey), id);
        audit.append(sql, actor.event(AuditActions.LIST_CREATED, "name=" + name.strip()).withRecord(null, id, null));
        return list(sql, id).orElseThrow();
    }

    public List<PasswordList> lists(Sql sql) throws SQLException {
        return sql.query("SELECT l.id, l.name, l.description, l.tree_path, l.api_key, "
                + "(SELECT COUNT(*) FROM records r WHERE r.list_id = l.id AND r.deleted = FALSE) AS record_count "
                + "FROM password_lists l WHERE l.deleted = FALSE ORDER BY l.name, l.id", rs -> list(sql, rs));
    }

    public Optional<PasswordList> list(Sql sql, long listId) throws SQLException {
        return sql.one("SELECT l.id, l.name, l.description, l.tree_path, l.api_key, "
                + "(SELECT COUNT(*) FROM records r WHERE r.list_id = l.id AND r.deleted = FALSE) AS record_count "
                + "FROM password_lists l WHERE l.deleted = FALSE AND l.id = ?", rs -> list(sql, rs), listId);
    }

    public PasswordList requireList(Sql sql, long listId) throws SQLException {
        return list(sql, listId).orElseThrow(() -> ApiException.notFound("Password list " + listId));
    }

    public Optional<PasswordList> listByApiKey(Sql sql, String apiKey) throws SQLException {
        return sql.one("SELECT l.id, l.name, l.description, l.tree_path, l.api_key, 0 AS record_count "
                + "FROM password_lists l WHERE l.deleted = FALSE AND l.api_key_hash = ?", rs -> list(sql, rs),
                SecretDigest.sha256Hex(apiKey));
    }

    /** Deletes a list: its records become tombstones (phones drop them) and its permissions go. */
    public void deleteList(Sql sql, long listId, Actor actor) throws SQLException {
        PasswordList list = requireList(sql, listId);
        long revision = Revisions.next(sql);
        sql.update("UPDATE records SET deleted = TRUE, revision = ?, updated_at = ? WHERE list_id = ? AND deleted = FALSE",
                revision, clock.millis(), listId);
        sql.update("DELETE FROM permissions WHERE list_id = ?", listId);
        sql.update("UPDATE password_lists SET deleted = TRUE WHERE id = ?", listId);
        audit.append(sql, actor.event(AuditActions.LIST_DELETED, "name=" + list.name())
                .withRecord(null, listId, null));
    }

    // ---- records

    public VaultRecord createRecord(Sql sql, long listId, RecordFields f, Actor actor) throws SQLException {
        requireList(sql, listId);
        return record(sql, writes.create(sql, listId, f, actor)).orElseThrow();
    }

    /** Changes the given (non-null) fields; the replaced version goes into the record's history. */
    public VaultRecord updateRecord(Sql sql, long recordId, RecordFields f, Actor actor) throws SQLException {
        return updateRecord(sql, recordId, f, actor, null);
    }

    /** Like {@link #updateRecord(Sql, long, RecordFields, Actor)}; {@code detail} null names the changed fields. */
    public VaultRecord updateRecord(Sql sql, long recordId, RecordFields f, Actor actor, String detail)
            throws SQLException {
        writes.update(sql, requireRecord(sql, recordId), f, actor, false, detail);
        return requireRecord(sql, recordId);
    }

    /** Makes an earlier version current again, as a new version (audited {@code restored=N}). */
    public VaultRecord restoreRecord(Sql sql, long recordId, StoredVersion version, Actor actor) throws SQLException {
        writes.update(sql, requireRecord(sql, recordId), version.fields(), actor, true,
                "restored=" + version.version());
        return requireRecord(sql, recordId);
    }

    /** Keeps a phone's edit that lost a conflict in the record's history; the current values stay. */
    public void keepConflict(Sql sql, VaultRecord current, long baseVersion, RecordFields changes, Actor actor)
            throws SQLException {
        RecordValidation.check(changes, false);
        VersionHistory.keepConflict(sql, current.id(), baseVersion, RecordWrites.merged(current.fields(), changes),
                clock.instant(), actor);
    }

    /** The names of the fields a change would change, for an audit detail. */
    public static String changedFields(VaultRecord current, RecordFields changes) {
        return RecordWrites.changed(current.fields(), RecordWrites.merged(current.fields(), changes));
    }

    public void deleteRecord(Sql sql, long recordId, Actor actor) throws SQLException {
        VaultRecord old = requireRecord(sql, recordId);
        long revision = Revisions.next(sql);
        sql.update("UPDATE records SET deleted = TRUE, revision = ?, updated_at = ? WHERE id = ?",
                revision, clock.millis(), recordId);
        audit.append(sql, actor.event(AuditActions.RECORD_DELETED, null).withRecord(recordId, old.listId(), old.title()));
    }

    public Optional<VaultRecord> record(Sql sql, long recordId) throws SQLException {
        return sql.one("SELECT " + RECORD_COLUMNS + " FROM records r JOIN password_lists l ON l.id = r.list_id "
                + "WHERE r.id = ? AND r.deleted = FALSE AND l.deleted = FALSE", rs -> record(sql, rs), recordId);
    }

    public VaultRecord requireRecord(Sql sql, long recordId) throws SQLException {
        return record(sql, recordId).orElseThrow(() -> ApiException.notFound("Password record " + recordId));
    }

    public List<VaultRecord> records(Sql sql, long listId) throws SQLException {
        return sql.query("SELECT " + RECORD_COLUMNS + " FROM records r JOIN password_lists l ON l.id = r.list_id "
                + "WHERE r.list_id = ? AND r.deleted = FALSE AND l.deleted = FALSE ORDER BY r.title, r.id",
                rs -> record(sql, rs), listId);
    }

    /** Records of a list whose fields contain each given text (case-insensitive); null criteria match all. */
    public List<VaultRecord> search(Sql sql, long listId, String title, String username, String description)
            throws SQLException {
        StringBuilder where = new StringBuilder("r.list_id = ? AND r.deleted = FALSE AND l.deleted = FALSE");
        List<Object> params = new java.util.ArrayList<>(List.of(listId));
        like(where, params, "r.title", title);
        like(where, params, "r.username", username);
        like(where, params, "r.description", description);
        return sql.query("SELECT " + RECORD_COLUMNS + " FROM records r JOIN password_lists l ON l.id = r.list_id WHERE "
                + where + " ORDER BY r.title, r.id", rs -> record(sql, rs), params.toArray());
    }

    // ---- permissions

    public List<Grant> grants(Sql sql, long listId) throws SQLException {
        requireList(sql, listId);
        return sql.query("SELECT user_id, group_id, level, mobile_access FROM permissions WHERE list_id = ? ORDER BY id",
                rs -> new Grant(Sql.nullableLong(rs, "user_id"), Sql.nullableLong(rs, "group_id"),
                        rs.getString("level"), rs.getBoolean("mobile_access")), listId);
    }

    /** Replaces the set of grants on a list; every user and group must exist. */
    public void setGrants(Sql sql, long listId, List<Grant> grants, Actor actor) throws SQLException {
        PasswordList list = requireList(sql, listId);
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            String at = "permissions[" + i + "]";
            if (g == null || (g.userId() == null) == (g.groupId() == null)) {
                problems.put(at, "needs exactly one of userId or groupId");
            } else if (g.level() == null || !Grant.LEVELS.contains(g.level())) {
                problems.put(at + ".level", "must be view, modify or admin");
            } else if (g.userId() != null && sql.count("SELECT COUNT(*) FROM users WHERE id = ?", g.userId()) == 0) {
                problems.put(at + ".userId", "no user " + g.userId());
            } else if (g.groupId() != null
                    && sql.count("SELECT COUNT(*) FROM security_groups WHERE id = ?", g.groupId()) == 0) {
                problems.put(at + ".groupId", "no group " + g.groupId());
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        sql.update("DELETE FROM permissions WHERE list_id = ?", listId);
        for (Grant g : grants) {
            sql.update("INSERT INTO permissions (list_id, user_id, group_id, level, mobile_access) VALUES (?, ?, ?, ?, ?)",
                    listId, g.userId(), g.groupId(), g.level(), g.mobileAccess());
        }
        audit.append(sql, actor.event(AuditActions.PERMISSION_CHANGED, "list=" + list.name() + " grants=" + grants.size())
                .withRecord(null, listId, null));
    }

    /** The lists whose records a user may carry on a phone: granted directly or through a group, with Mobile Access. */
    public List<Long> mobileListIds(Sql sql, long userId) throws SQLException {
        return sql.query("SELECT DISTINCT p.list_id FROM permissions p JOIN password_lists l ON l.id = p.list_id "
                + "WHERE l.deleted = FALSE AND p.mobile_access = TRUE AND (p.user_id = ? OR p.group_id IN "
                + "(SELECT group_id FROM group_members WHERE user_id = ?)) ORDER BY p.list_id",
                rs -> rs.getLong(1), userId, userId);
    }

    /** Of those, the lists the user may also modify from a phone: one grant with Mobile Access at modify or admin. */
    public List<Long> mobileEditableListIds(Sql sql, long userId) throws SQLException {
        return sql.query("SELECT DISTINCT p.list_id FROM permissions p JOIN password_lists l ON l.id = p.list_id "
                + "WHERE l.deleted = FALSE AND p.mobile_access = TRUE AND p.level IN ('modify', 'admin') "
                + "AND (p.user_id = ? OR p.group_id IN (SELECT group_id FROM group_members WHERE user_id = ?)) "
                + "ORDER BY p.list_id", rs -> rs.getLong(1), userId, userId);
    }

    /** Locks the record's row until the transaction ends, so edits of it take turns. */
    public void lockRecord(Sql sql, long recordId) throws SQLException {
        sql.one("SELECT id FROM records WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), recordId);
    }

    private static void like(StringBuilder where, List<Object> params, String column, String text) {
        if (text != null && !text.isEmpty()) {
            where.append(" AND LOWER(").append(column).append(") LIKE ? ESCAPE '!'");
            params.add("%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
    }

    private static PasswordList list(Sql sql, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new PasswordList(id, rs.getString("name"), rs.getString("description"), rs.getString("tree_path"),
                sql.secrets().open("password_lists", "api_key", id, rs.getString("api_key")), rs.getLong("record_count"));
    }

    static VaultRecord record(Sql sql, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new VaultRecord(id, rs.getLong("list_id"), rs.getString("list_name"), rs.getString("title"),
                rs.getString("username"), RecordSecrets.password(sql, id, rs.getString("password")), rs.getString("url"),
                RecordSecrets.notes(sql, id, rs.getString("notes")),
                rs.getString("domain"), rs.getString("description"), rs.getString("host_name"),
                Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("revision"),
                RecordSecrets.otpUri(sql, id, rs.getString("otp_uri")), rs.getLong("version"));
    }
}
