package com.roamvault.device.support;

import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;

/** The real server, in process on a free port with a fresh H2 database and cheap hashing, for tests. */
public final class EmbeddedServer implements AutoCloseable {
    private final LocalServer server;
    private final java.nio.file.Path dataDir;

    private EmbeddedServer(LocalServer server, java.nio.file.Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    public static EmbeddedServer start() {
        return start(null);
    }

    /** A server that closes connections idle for {@code idleTimeout} (null: the server's default). */
    public static EmbeddedServer start(Duration idleTimeout) {
        try {
            java.nio.file.Path dir = Files.createTempDirectory("rv-srv");
            LocalServerOptions options = LocalServerOptions.empty(dir).withCheapHashingForTests();
            if (idleTimeout != null) {
                options = options.withIdleTimeoutForTests(idleTimeout.toMillis());
            }
            return new EmbeddedServer(LocalServers.start(options), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's data folder (its keys live in it). */
    public java.nio.file.Path dataDir() {
        return dataDir;
    }

    public URI uri() {
        return server.url();
    }

    public String pin() {
        return server.pin();
    }

    public String adminPassword() {
        return server.adminPassword();
    }

    @Override
    public void close() {
        server.close();
    }
}
