package com.roamvault.server.support;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.time.AdjustableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real server on a free port over HTTPS, on a fresh database (H2 or PostgreSQL, see {@link TestDatabases}). */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple-42";
    /** Cheaper than production hashing so the suite stays fast; still Argon2id. */
    public static final PasswordHasher.Params TEST_HASHING = new PasswordHasher.Params(1024, 1, 1);

    private final RoamvaultServer server;
    private final Http admin;

    private TestServer(RoamvaultServer server) {
        this.server = server;
        this.admin = Http.pinnedTo(this);
        this.admin.loginAdmin("admin", ADMIN_PASSWORD);
    }

    public static TestServer start() {
        return start(config(tempDir()));
    }

    public static ServerConfig config(Path dataDir) {
        ServerConfig config = ServerConfig.defaults(dataDir).withPort(0).withAdminPassword(ADMIN_PASSWORD)
                .withHashing(TEST_HASHING).withClock(new AdjustableClock());
        return TestDatabases.postgres() ? config.withJdbcUrl(TestDatabases.freshPostgresSchema()) : config;
    }

    public static TestServer start(ServerConfig config) {
        try {
            return new TestServer(RoamvaultServer.start(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("roamvault-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RoamvaultServer server() {
        return server;
    }

    public AdjustableClock clock() {
        return server.context().clock();
    }

    /** A client logged in as the security administrator. */
    public Http admin() {
        return admin;
    }

    /** A fresh client with no credentials. */
    public Http client() {
        return Http.pinnedTo(this);
    }

    @Override
    public void close() {
        server.close();
    }
}
