package com.roamvault.console;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.password.PasswordHasher;
import java.io.IOException;
import java.nio.file.Files;

/** The real server in process, with demo data and cheap password hashing so tests stay quick. */
public final class TestServers {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = DemoSeeder.DEMO_ADMIN_PASSWORD;
    /** A well-formed pin of a key no server has. */
    public static final String WRONG_PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private TestServers() {
    }

    public static RoamvaultServer start() throws IOException {
        return RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("console-test"))
                .withPort(0).withDemo(true).withAdminPassword(ADMIN_PASSWORD)
                .withHashing(new PasswordHasher.Params(1024, 1, 1)));
    }
}
