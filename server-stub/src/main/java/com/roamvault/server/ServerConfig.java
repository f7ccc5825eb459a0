package com.roamvault.server;

import com.roamvault.server.dmz.DmzCore;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.time.AdjustableClock;
import com.roamvault.protocol.IdleConnections;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to start a server. {@code jdbcUrl} null = the embedded H2 file under {@code dataDir};
 * {@code port} 0 = any free port; {@code adminPassword} null = generate one on first start;
 * {@code dmz} null = all-in-one, else a core that phones reach only through an App Server;
 * {@code idleTimeout}: when the server closes an idle connection ({@link IdleConnections#SERVER_IDLE_TIMEOUT},
 * shorter only for tests that pause past it).
 */
public record ServerConfig(Path dataDir, String host, int port, String jdbcUrl, String adminPassword, boolean demo,
                           PasswordHasher.Params hashing, AdjustableClock clock, DmzCore dmz, Duration idleTimeout) {

    public ServerConfig {
        idleTimeout = idleTimeout == null ? IdleConnections.SERVER_IDLE_TIMEOUT : idleTimeout;
    }

    public ServerConfig(Path dataDir, String host, int port, String jdbcUrl, String adminPassword, boolean demo,
                        PasswordHasher.Params hashing, AdjustableClock clock, DmzCore dmz) {
        this(dataDir, host, port, jdbcUrl, adminPassword, demo, hashing, clock, dmz, IdleConnections.SERVER_IDLE_TIMEOUT);
    }

    /** An all-in-one server. */
    public ServerConfig(Path dataDir, String host, int port, String jdbcUrl, String adminPassword, boolean demo,
                        PasswordHasher.Params hashing, AdjustableClock clock) {
        this(dataDir, host, port, jdbcUrl, adminPassword, demo, hashing, clock, null);
    }

    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig(dataDir, "127.0.0.1", 8443, null, null, false, PasswordHasher.OWASP,
                new AdjustableClock(), null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(dataDir, host, p, jdbcUrl, adminPassword, demo, hashing, clock, dmz, idleTimeout);
    }

    public ServerConfig withJdbcUrl(String url) {
        return new ServerConfig(dataDir, host, port, url, adminPassword, demo, hashing, clock, dmz, idleTimeout);
    }

    public ServerConfig withAdminPassword(String password) {
        return new ServerConfig(dataDir, host, port, jdbcUrl, password, demo, hashing, clock, dmz, idleTimeout);
    }

    public ServerConfig withDemo(boolean d) {
        return new ServerConfig(dataDir, host, port, jdbcUrl, adminPassword, d, hashing, clock, dmz, idleTimeout);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(dataDir, h, port, jdbcUrl, adminPassword, demo, hashing, clock, dmz, idleTimeout);
    }

    public ServerConfig withHashing(PasswordHasher.Params p) {
        return new ServerConfig(dataDir, host, port, jdbcUrl, adminPassword, demo, p, clock, dmz, idleTimeout);
    }

    public ServerConfig withClock(AdjustableClock c) {
        return new ServerConfig(dataDir, host, port, jdbcUrl, adminPassword, demo, hashing, c, dmz, idleTimeout);
    }

    public ServerConfig withDmz(DmzCore d) {
        return new ServerConfig(dataDir, host, port, jdbcUrl, adminPassword, demo, hashing, clock, d, idleTimeout);
    }

    /** For tests that pause past it in seconds rather than half a minute. */
    public ServerConfig withIdleTimeout(Duration timeout) {
        return new ServerConfig(dataDir, host, port, jdbcUrl, adminPassword, demo, hashing, clock, dmz, timeout);
    }

    public String effectiveJdbcUrl() {
        return jdbcUrl != null ? jdbcUrl : com.roamvault.server.store.Database.h2Url(dataDir);
    }

    @Override
    public String toString() {
        return "ServerConfig[dataDir=" + dataDir + ", host=" + host + ", port=" + port + ", demo=" + demo
                + (dmz == null ? "" : ", dmz internalPort=" + dmz.internalPort()) + "]";
    }
}
