package com.roamvault.attack.races;

import com.roamvault.client.ConnectionOptions;
import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.server.support.ServerProcess;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Two real server processes (production Argon2 cost) sharing one fresh PostgreSQL schema and one
 * keys folder, as DESIGN.md "Scaled out" runs them; plus a read of the database the attack checks
 * its counts against. Without a reachable PostgreSQL it fails at once, naming the address it tried.
 */
final class TwoServers implements AutoCloseable {
    private final String jdbc;
    private final ServerProcess first;
    private final ServerProcess second;
    private final List<RoamvaultClient> clients;
    private final AdminClient admin;

    private TwoServers(String jdbc, ServerProcess first, ServerProcess second, List<RoamvaultClient> clients,
                       AdminClient admin) {
        this.jdbc = jdbc;
        this.first = first;
        this.second = second;
        this.clients = clients;
        this.admin = admin;
    }

    static TwoServers start() throws Exception {
        String jdbc = TestDatabases.freshPostgresSchema();
        Path data = TestServer.tempDir();
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String adminPassword = "races-" + HexFormat.of().formatHex(secret);
        ServerProcess first = ServerProcess.start("--data", data.toString(), "--port", "0", "--db", jdbc,
                "--admin-password", adminPassword);
        ServerProcess second;
        try {
            second = ServerProcess.start("--data", data.toString(), "--port", "0", "--db", jdbc);
        } catch (Exception | AssertionError e) {
            first.close();
            throw e;
        }
        ConnectionOptions patient = ConnectionOptions.DEFAULTS.withTimeouts(Duration.ofSeconds(10),
                Duration.ofSeconds(90), Duration.ofSeconds(120));
        List<RoamvaultClient> clients = List.of(RoamvaultClient.connect(first.url(), first.pin(), patient),
                RoamvaultClient.connect(second.url(), second.pin(), patient));
        AdminClient admin = clients.get(0).admin().loggedInAs("admin", adminPassword);
        return new TwoServers(jdbc, first, second, clients, admin);
    }

    /** Request i goes to server i % 2. */
    RoamvaultClient server(int i) {
        return clients.get(i % 2);
    }

    AdminClient admin() {
        return admin;
    }

    /** Guesses the servers evaluated (password checked): audited failures for bad credentials, and successes. */
    long evaluated(String usernameLike) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_events WHERE username LIKE ? AND ((action = 'LOGIN_FAILED' AND "
                + "detail = 'reason=invalid_credentials') OR action = 'LOGIN_SUCCEEDED')", usernameLike);
    }

    /** A new hour for the per-address counters (the attack's one address has used them up). */
    void forgetAddressFailures() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc);
             PreparedStatement ps = c.prepareStatement("DELETE FROM login_address_failures")) {
            ps.executeUpdate();
        }
    }

    private long count(String sql, String param) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            second.close();
        } finally {
            first.close();
        }
    }
}
