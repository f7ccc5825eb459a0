package com.roamvault.device.support;

import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/** The real server, in process on a free port with a fresh H2 database and cheap hashing, for tests. */
public final class EmbeddedServer implements AutoCloseable {
    private final LocalServer server;
    private final java.nio.file.Path dataDir;

    private EmbeddedServer(LocalServer server, java.nio.file.Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    public static EmbeddedServer start() {
        try {
            java.nio.file.Path dir = Files.createTempDirectory("rv-srv");
            return new EmbeddedServer(LocalServers.start(LocalServerOptions.empty(dir).withCheapHashingForTests()), dir);
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
