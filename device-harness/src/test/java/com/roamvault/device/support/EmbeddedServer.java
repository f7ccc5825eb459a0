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

    private EmbeddedServer(LocalServer server) {
        this.server = server;
    }

    public static EmbeddedServer start() {
        try {
            return new EmbeddedServer(LocalServers.start(
                    LocalServerOptions.empty(Files.createTempDirectory("rv-srv")).withCheapHashingForTests()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
