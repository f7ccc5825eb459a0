package com.roamvault.client.support;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The real server in process, on a free port with a fresh H2 database and cheap hashing. */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple-42";
    /** A strong master password the server's policy accepts. */
    public static final String MASTER_PASSWORD = "Tangerine-Glacier-Orbit-93";
    /** A well-formed pin of a key no server has. */
    public static final String WRONG_PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private final RoamvaultServer server;

    private TestServer(RoamvaultServer server) {
        this.server = server;
    }

    public static TestServer start() {
        return start(ServerConfig.defaults(Path.of(".")).idleTimeout());
    }

    /** A server that closes connections idle for {@code idleTimeout} (tests that pause past it). */
    public static TestServer start(Duration idleTimeout) {
        try {
            return new TestServer(RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("rv-client"))
                    .withPort(0).withAdminPassword(ADMIN_PASSWORD)
                    .withHashing(new PasswordHasher.Params(1024, 1, 1)).withIdleTimeout(idleTimeout)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    public String pin() {
        return server.pin();
    }

    public RoamvaultClient client() throws RoamvaultClientException {
        return RoamvaultClient.connect(url(), pin());
    }

    public AdminClient admin() throws RoamvaultClientException {
        return client().admin().loggedInAs(ADMIN, ADMIN_PASSWORD);
    }

    @Override
    public void close() {
        server.close();
    }
}
