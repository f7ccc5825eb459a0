package com.roamvault.server.support;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.time.AdjustableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free port over HTTPS, on a fresh database (H2 or PostgreSQL, see {@link TestDatabases}).
 * A test class shares one with {@code @RegisterExtension static final TestServer server = TestServer.perClass();}:
 * it starts before the class's {@code @BeforeAll} methods and stops after its last test.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple-42";
    /** Cheaper than production hashing so the suite stays fast; still Argon2id. */
    public static final PasswordHasher.Params TEST_HASHING = new PasswordHasher.Params(1024, 1, 1);

    private RoamvaultServer server;
    private Http admin;

    private TestServer() {
    }

    private TestServer boot(ServerConfig config) throws IOException {
        server = RoamvaultServer.start(config);
        admin = Http.pinnedTo(this);
        admin.loginAdmin("admin", ADMIN_PASSWORD);
        return this;
    }

    public static TestServer start() {
        return start(config(tempDir()));
    }

    /** Not started yet: JUnit starts it for the class it is registered in (see the class comment). */
    public static TestServer perClass() {
        return new TestServer();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boot(config(tempDir()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public static ServerConfig config(Path dataDir) {
        ServerConfig config = ServerConfig.defaults(dataDir).withPort(0).withAdminPassword(ADMIN_PASSWORD)
                .withHashing(TEST_HASHING).withClock(new AdjustableClock());
        return TestDatabases.postgres() ? config.withJdbcUrl(TestDatabases.freshPostgresSchema()) : config;
    }

    public static TestServer start(ServerConfig config) {
        try {
            return new TestServer().boot(config);
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
        return server.wiring().clock();
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
        if (server != null) { // null when the start itself failed: that error is the one to see
            server.close();
        }
    }
}
