package com.roamvault.device.support;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server in process with the demo organisation (as {@code roamvault demo} starts it, but
 * with cheap hashing), its admin API, and phones paired to demo users (cheap KDF).
 */
public final class DemoLab implements AutoCloseable {
    private final LocalServer server;
    private final AdminClient admin;
    private final List<Device> devices = new ArrayList<>();

    public DemoLab() {
        this(0);
    }

    /** @param idleTimeoutMillis when the server closes an idle connection; 0 for its default */
    public DemoLab(long idleTimeoutMillis) {
        try {
            server = LocalServers.start(LocalServerOptions.demo(Files.createTempDirectory("rv-demo"))
                    .withCheapHashingForTests().withIdleTimeoutForTests(idleTimeoutMillis));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        admin = AdminCall.login(server.url(), server.pin(), server.adminUser(), server.adminPassword());
    }

    public AdminClient admin() {
        return admin;
    }

    public String url() {
        return server.url().toString();
    }

    public String pin() {
        return server.pin();
    }

    public static String masterPasswordOf(String username) {
        return LocalServers.demoAccountsOfTheDemoData().stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow().masterPassword();
    }

    /** A new phone paired with {@code username}'s code (not logged in). */
    public Device pairedPhone(String username) {
        try {
            Device d = Device.open(Files.createTempDirectory("rv-phone"),
                    DeviceOptions.named("phone").withKdf(Argon2Kdf.insecureForTests(Lab.TEST_KDF)));
            devices.add(d);
            long userId = AdminCall.userId(admin, username);
            d.pair(AdminCall.run("pairing code", () -> admin.users().pairingCode(userId)).uri());
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        devices.forEach(Device::close);
        server.close();
    }
}
