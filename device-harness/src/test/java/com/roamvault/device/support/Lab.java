package com.roamvault.device.support;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import com.roamvault.device.scenario.AdminApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test bench: the real server in process, its admin API, and simulated phones in temporary
 * folders (with a cheap KDF so tests stay fast). Each {@link #user} gets its own list of records.
 */
public final class Lab implements AutoCloseable {
    public static final KdfParams TEST_KDF = new KdfParams(256, 1, 1);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final EmbeddedServer server = EmbeddedServer.start();
    private final AdminApi admin = new AdminApi(server.uri(), server.pin()).login("admin", server.adminPassword());
    private final List<Device> devices = new ArrayList<>();

    public EmbeddedServer server() {
        return server;
    }

    public AdminApi admin() {
        return admin;
    }

    /** A user with a master password and {@code records} records in a list of their own, with Mobile Access. */
    public TestUser user(int records) {
        int n = SEQ.incrementAndGet();
        String username = "CORP\\qa" + n;
        String password = "qa" + n + "-orbit-lantern-quartz-97";
        long userId = admin.createUser(username, password);
        long listId = admin.createList("QA list " + n);
        for (int i = 0; i < records; i++) {
            admin.addRecord(listId, Map.of("title", "rec-" + n + "-" + i, "username", "svc", "password",
                    "pw-" + n + "-" + i, "url", "https://h" + i + ".corp.example"));
        }
        admin.grant(listId, userId, null, "view", true);
        return new TestUser(username, password, userId, listId, admin.pairingCode(userId));
    }

    public record TestUser(String username, String password, long userId, long listId, String pairingCode) {
    }

    public Device device(String name) {
        try {
            return device(name, Files.createTempDirectory("rv-phone"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Device device(String name, Path folder) {
        Device d = Device.open(folder, DeviceOptions.named(name).withKdf(Argon2Kdf.insecureForTests(TEST_KDF)));
        devices.add(d);
        return d;
    }

    /** A phone paired with the user's code and logged in (unlocked, synced). */
    public Device loggedIn(TestUser user, String name) {
        Device d = device(name);
        d.pair(user.pairingCode());
        d.login(user.password());
        return d;
    }

    /** The server's audit events for a user, filtered as the admin console would. */
    public List<com.fasterxml.jackson.databind.JsonNode> audit(String username, String action, String origin) {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("user", username);
        if (action != null) {
            f.put("action", action);
        }
        if (origin != null) {
            f.put("origin", origin);
        }
        return admin.audit(f);
    }

    @Override
    public void close() {
        devices.forEach(Device::close);
        server.close();
    }
}
