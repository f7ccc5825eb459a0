package com.roamvault.server.groups;

import com.roamvault.protocol.admin.GroupDetail;
import com.roamvault.protocol.admin.GroupRequest;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Security groups: a name (unique regardless of case) and a set of member users. Callers supply the transaction. */
public final class GroupService {
    private static final int NAME_MAX = 200;
    private static final int CHUNK = 500;

    private final AuditLog audit;

    public GroupService(AuditLog audit) {
        this.audit = audit;
    }

    /** All groups with their members: two queries, however many groups there are. */
    public List<GroupDetail> list(Sql sql) throws SQLException {
        Map<Long, List<Long>> members = new TreeMap<>();
        for (long[] row : sql.query("SELECT group_id, user_id FROM group_members ORDER BY group_id, user_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
            members.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return sql.query("SELECT id, name FROM security_groups ORDER BY LOWER(name), id", rs -> new GroupDetail(
                rs.getLong(1), rs.getString(2), members.getOrDefault(rs.getLong(1), List.of())));
    }

    public GroupDetail get(Sql sql, long id) throws SQLException {
        String name = sql.one("SELECT name FROM security_groups WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> ApiException.notFound("Group " + id));
        return new GroupDetail(id, name, members(sql, id));
    }

    public GroupDetail create(Sql sql, GroupRequest body, Actor actor) throws SQLException {
        String name = checkName(sql, body.name(), true, null);
        Set<Long> members = checkMembers(sql, body.members() != null ? body.members() : List.of());
        long id;
        try {
            id = sql.insert("INSERT INTO security_groups (name) VALUES (?)", name);
        } catch (SQLException e) {
            throw duplicateOr(e);
        }
        addMembers(sql, id, members);
        audit.append(sql, actor.event(AuditActions.GROUP_CHANGED, "created group=" + name + ", members="
                + members.size()));
        return get(sql, id);
    }

    /** Replaces the name and/or the member set; a null field stays as it is. */
    public GroupDetail update(Sql sql, long id, GroupRequest body, Actor actor) throws SQLException {
        GroupDetail before = get(sql, id);
        String name = body.name() == null ? before.name() : checkName(sql, body.name(), false, id);
        Set<Long> members = body.members() == null ? new TreeSet<>(before.members()) : checkMembers(sql, body.members());
        try {
            sql.update("UPDATE security_groups SET name = ? WHERE id = ?", name, id);
        } catch (SQLException e) {
            throw duplicateOr(e);
        }
        sql.update("DELETE FROM group_members WHERE group_id = ?", id);
        addMembers(sql, id, members);
        Set<Long> added = new TreeSet<>(members);
        before.members().forEach(added::remove);
        Set<Long> removed = new TreeSet<>(before.members());
        removed.removeAll(members);
        audit.append(sql, actor.event(AuditActions.GROUP_CHANGED, "updated group=" + before.name()
                + (name.equals(before.name()) ? "" : ", name " + before.name() + "->" + name)
                + ", members added=" + added + " removed=" + removed));
        return get(sql, id);
    }

    /** Deletes the group; its memberships and the permissions granted to it go with it. */
    public void delete(Sql sql, long id, Actor actor) throws SQLException {
        GroupDetail group = get(sql, id);
        sql.update("DELETE FROM security_groups WHERE id = ?", id);
        audit.append(sql, actor.event(AuditActions.GROUP_CHANGED, "deleted group=" + group.name()));
    }

    private List<Long> members(Sql sql, long id) throws SQLException {
        return sql.query("SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id",
                rs -> rs.getLong(1), id);
    }

    private static String checkName(Sql sql, String raw, boolean required, Long exceptId) throws SQLException {
        Map<String, String> problems = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            problems.put("name", required ? "is required" : "must not be blank");
        } else if (raw.strip().length() > NAME_MAX) {
            problems.put("name", "must be at most " + NAME_MAX + " characters");
        } else if (raw.chars().anyMatch(Character::isISOControl)) {
            problems.put("name", "must not contain control characters");
        } else if (sql.count("SELECT COUNT(*) FROM security_groups WHERE LOWER(name) = ? AND id <> ?",
                raw.strip().toLowerCase(Locale.ROOT), exceptId == null ? -1L : exceptId) > 0) {
            problems.put("name", "already exists");
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return raw.strip();
    }

    /** Every member must be an existing user; repeats collapse into one membership. */
    private static Set<Long> checkMembers(Sql sql, List<Long> requested) throws SQLException {
        if (requested.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.validation(Map.of("members", "must be user ids, not null"));
        }
        Set<Long> wanted = new TreeSet<>(requested);
        List<Long> ids = new ArrayList<>(wanted);
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Object[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray();
            found.addAll(sql.query("SELECT id FROM users WHERE id IN (" + Sql.placeholders(chunk.length) + ")",
                    rs -> rs.getLong(1), chunk));
        }
        List<Long> unknown = ids.stream().filter(id -> !found.contains(id)).limit(20).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.validation(Map.of("members", "no such user: " + unknown));
        }
        return wanted;
    }

    private static void addMembers(Sql sql, long groupId, Set<Long> members) throws SQLException {
        List<Object[]> rows = members.stream().map(m -> new Object[] {groupId, m}).toList();
        if (!rows.isEmpty()) {
            sql.batch("INSERT INTO group_members (group_id, user_id) VALUES (?, ?)", rows);
        }
    }

    private static SQLException duplicateOr(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            throw ApiException.validation(Map.of("name", "already exists"));
        }
        return e;
    }
}
