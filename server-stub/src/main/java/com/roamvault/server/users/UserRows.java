package com.roamvault.server.users;

import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reading user accounts as the admin API shows them; the password hash never leaves the table. */
public final class UserRows {
    /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final String DETAIL = "SELECT id, username, display_name, enabled, security_admin, mobile_access, "
            + "CASE WHEN master_password_hash IS NULL THEN 0 ELSE 1 END AS has_password, locked_until FROM users";

    private UserRows() {
    }

    /** The account; {@code lockedUntil} only while a lockout is running at {@code now}. */
    public static Optional<UserDetail> find(Sql sql, long id, long now) throws SQLException {
        return sql.one(DETAIL + " WHERE id = ?", rs -> {
            Long lockedUntil = Sql.nullableLong(rs, "locked_until");
            return new UserDetail(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                    rs.getBoolean("enabled"), rs.getBoolean("security_admin"), rs.getBoolean("mobile_access"),
                    rs.getInt("has_password") == 1,
                    lockedUntil != null && lockedUntil > now ? Instant.ofEpochMilli(lockedUntil) : null);
        }, id);
    }

    public static UserDetail require(Sql sql, long id, long now) throws SQLException {
        return find(sql, id, now).orElseThrow(() -> ApiException.notFound("User " + id));
    }

    /** Usernames are unique regardless of case ({@code CORP\jsmith} = {@code corp\JSmith}). */
    static void requireFreeUsername(Sql sql, String username, Long exceptId) throws SQLException {
        long taken = sql.count("SELECT COUNT(*) FROM users WHERE username_key = ? AND id <> ?",
                LoginService.key(username), exceptId == null ? -1L : exceptId);
        if (taken > 0) {
            throw duplicateUsername();
        }
    }

    /** A unique violation on write means a concurrent request took the name first. */
    static SQLException duplicateOr(SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw duplicateUsername();
        }
        return e;
    }

    static ApiException duplicateUsername() {
        return ApiException.validation(Map.of("username", "already exists"));
    }
}
