package com.roamvault.device.support;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/** The real server-stub, in process on a free port with a fresh H2 database, for engine tests. */
public final class EmbeddedServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple-42";
    private final RoamvaultServer server;

    private EmbeddedServer(RoamvaultServer server) {
        this.server = server;
    }

    public static EmbeddedServer start() {
        try {
            return new EmbeddedServer(RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("rv-srv"))
                    .withPort(0).withAdminPassword(ADMIN_PASSWORD).withHashing(new PasswordHasher.Params(1024, 1, 1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RoamvaultServer server() {
        return server;
    }

    public URI uri() {
        return URI.create(server.url());
    }

    public String pin() {
        return server.pin();
    }

    @Override
    public void close() {
        server.close();
    }
}
