package com.roamvault.server.support;

import com.roamvault.server.auth.LoginService;
import com.roamvault.server.password.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;

/**
 * A database as the release before secrets at rest left it: schema 2.3 and the rows its code wrote,
 * every password, note, hash and list API key in plain text. The upgrade test and the migration
 * benchmark start from it.
 */
public final class PreviousRelease {
    private PreviousRelease() {
    }

    /** A user CORP\oldtimer (master password {@code master}) may view one list of {@code records} records. */
    public static void write(String url, String master, String apiKey, int records) throws Exception {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("2.3").load()
                .migrate();
        String hash = new PasswordHasher(TestServer.TEST_HASHING).hash(master);
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long user = insert(c, "INSERT INTO users (username, username_key, display_name, master_password_hash, "
                    + "created_at) VALUES ('CORP\\oldtimer', ?, 'Old Timer', ?, 0)", LoginService.key("CORP\\oldtimer"), hash);
            insert(c, "INSERT INTO users (username, username_key, display_name, security_admin, master_password_hash, "
                    + "created_at) VALUES ('admin', 'admin', 'Admin', TRUE, ?, 0)",
                    new PasswordHasher(TestServer.TEST_HASHING).hash(TestServer.ADMIN_PASSWORD));
            long list = insert(c, "INSERT INTO password_lists (name, tree_path, api_key) VALUES ('Old', '\\Old', ?)",
                    apiKey);
            insert(c, "INSERT INTO permissions (list_id, user_id, level, mobile_access) VALUES (?, ?, 'view', TRUE)",
                    list, user);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO records (list_id, title, username, password, "
                    + "notes, updated_at, revision) VALUES (?, ?, 'svc', ?, ?, 0, 1)")) {
                for (int i = 1; i <= records; i++) {
                    ps.setLong(1, list);
                    ps.setString(2, "old-" + i);
                    ps.setString(3, "old-password-" + i);
                    ps.setString(4, "old note " + i + " — ünïcødé");
                    ps.addBatch();
                    if (i % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.createStatement().executeUpdate("UPDATE vault_revision SET revision = 1 WHERE id = 1");
            c.commit();
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
