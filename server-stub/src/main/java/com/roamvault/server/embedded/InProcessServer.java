package com.roamvault.server.embedded;

import com.roamvault.launcher.local.DemoAccount;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.time.AdjustableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The one place an in-process server is started for the simulator, the QA harness and their tests:
 * a free port, its own H2 database, demo data or a random admin password.
 */
public final class InProcessServer implements LocalServer {
    private static final PasswordHasher.Params CHEAP_HASHING = new PasswordHasher.Params(1024, 1, 1);
    private final RoamvaultServer server;
    private final String adminPassword;
    private final AdjustableClock clock;
    private final boolean demo;

    private InProcessServer(RoamvaultServer server, String adminPassword, AdjustableClock clock, boolean demo) {
        this.server = server;
        this.adminPassword = adminPassword;
        this.clock = clock;
        this.demo = demo;
    }

    public static InProcessServer start(LocalServerOptions options) {
        String password = options.demo() ? DemoSeeder.DEMO_ADMIN_PASSWORD : randomPassword();
        AdjustableClock clock = options.adjustableClock() ? new AdjustableClock() : null;
        ServerConfig config = ServerConfig.defaults(options.dataDir()).withPort(0).withDemo(options.demo())
                .withAdminPassword(password);
        if (clock != null) {
            config = config.withClock(clock);
        }
        if (options.cheapHashing()) {
            config = config.withHashing(CHEAP_HASHING);
        }
        if (options.idleTimeoutMillis() > 0) {
            config = config.withIdleTimeout(Duration.ofMillis(options.idleTimeoutMillis()));
        }
        try {
            return new InProcessServer(RoamvaultServer.start(config), password, clock, options.demo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the in-process server in " + options.dataDir(), e);
        }
    }

    private static String randomPassword() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    @Override
    public URI url() {
        return URI.create(server.url());
    }

    @Override
    public String pin() {
        return server.pin();
    }

    @Override
    public String adminUser() {
        return "admin";
    }

    @Override
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public List<DemoAccount> demoAccounts() {
        if (!demo) {
            return List.of();
        }
        return demoDataAccounts();
    }

    /** The phone users of the demo data, each with the master password the demo gives them. */
    static List<DemoAccount> demoDataAccounts() {
        return DemoSeeder.usernames().stream()
                .map(u -> new DemoAccount(u, DemoSeeder.masterPasswordOf(u))).toList();
    }

    @Override
    public void advanceClock(Duration by) {
        if (clock == null) {
            throw new IllegalStateException("this server's clock is the real one; start it with an adjustable clock");
        }
        clock.advance(by);
    }

    /** The server itself, for tests in this module's dependants that look inside. */
    public RoamvaultServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
