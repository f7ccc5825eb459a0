package com.roamvault.server.users;

import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The admin's searchable user list: one query for the page, with device counts and override
 * flags as subqueries (not a query per user), and one for the total.
 */
final class UserDirectory {
    private static final String PAGE = "SELECT u.id, u.username, u.display_name, u.mobile_access, u.locked_until, "
            + "(SELECT COUNT(*) FROM devices d WHERE d.user_id = u.id AND d.revoked_at IS NULL) AS device_count, "
            + "CASE WHEN o.user_id IS NULL THEN 0 ELSE 1 END AS has_overrides "
            + "FROM users u LEFT JOIN user_mobile_options o ON o.user_id = u.id";

    private UserDirectory() {
    }

    static UserPage page(Sql sql, UserListQuery query, long now) throws SQLException {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (query.text() != null) {
            String pattern = "%" + query.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            where.append(" WHERE u.username_key LIKE ? ESCAPE '!' OR LOWER(u.display_name) LIKE ? ESCAPE '!'");
            params.add(pattern);
            params.add(pattern);
        }
        long total = sql.count("SELECT COUNT(*) FROM users u" + where, params.toArray());
        params.add(query.limit());
        params.add(query.offset());
        List<UserSummary> users = sql.query(PAGE + where + " ORDER BY u.username_key, u.id LIMIT ? OFFSET ?",
                rs -> {
                    Long lockedUntil = Sql.nullableLong(rs, "locked_until");
                    return new UserSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            rs.getBoolean("mobile_access"), lockedUntil != null && lockedUntil > now,
                            rs.getInt("device_count"), rs.getInt("has_overrides") == 1);
                }, params.toArray());
        return new UserPage(users, total);
    }
}
