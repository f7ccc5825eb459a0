package com.roamvault.device.ui.launch;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.demo.DemoSeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded demo server the simulator starts when no server is given: the one place the UI
 * touches the server's classes (ArchUnit keeps it so).
 */
final class DemoServer implements AutoCloseable {
    static final String ADMIN_PASSWORD = DemoSeeder.DEMO_ADMIN_PASSWORD;
    private final RoamvaultServer server;

    private DemoServer(RoamvaultServer server) {
        this.server = server;
    }

    static DemoServer start(Path dir) {
        try {
            return new DemoServer(RoamvaultServer.start(ServerConfig.defaults(dir).withPort(0).withDemo(true)
                    .withAdminPassword(ADMIN_PASSWORD)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return server.url();
    }

    String pin() {
        return server.pin();
    }

    static List<String> usernames() {
        return DemoSeeder.usernames();
    }

    static String masterPasswordOf(String username) {
        return DemoSeeder.masterPasswordOf(username);
    }

    @Override
    public void close() {
        server.close();
    }
}
