package com.roamvault.device.support;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.audit.AuditEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    private final EmbeddedServer server;
    private final AdminClient admin;
    private final List<Device> devices = new ArrayList<>();

    public Lab() {
        this(null);
    }

    /** A bench whose server closes connections idle for {@code idleTimeout} (tests that pause past it). */
    public Lab(Duration idleTimeout) {
        server = EmbeddedServer.start(idleTimeout);
        admin = AdminCall.login(server.uri(), server.pin(), "admin", server.adminPassword());
    }

    public EmbeddedServer server() {
        return server;
    }

    public AdminClient admin() {
        return admin;
    }

    /** A user with a master password and {@code records} records in a list of their own, with Mobile Access. */
    public TestUser user(int records) {
        int n = SEQ.incrementAndGet();
        String username = "CORP\\qa" + n;
        String password = "qa" + n + "-orbit-lantern-quartz-97";
        long userId = AdminCall.run("user", () -> admin.users().create(username, password)).id();
        long listId = AdminCall.run("list", () -> admin.lists().create("QA list " + n, "made by a scenario")).listId();
        for (int i = 0; i < records; i++) {
            RecordRequest record = new RecordRequest("rec-" + n + "-" + i, "svc", "pw-" + n + "-" + i,
                    "https://h" + i + ".corp.example", null, null, null, null);
            AdminCall.run("record", () -> admin.records().create(listId, record));
        }
        AdminCall.run("grant", () -> admin.lists().grant(listId, ListsApi.mobileGrant(userId, "view")));
        return new TestUser(username, password, userId, listId,
                AdminCall.run("pairing code", () -> admin.users().pairingCode(userId)).uri());
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
        Device d = Device.open(folder, options(name));
        devices.add(d);
        return d;
    }

    /** The phone in {@code folder} after the person chose "wipe and sign in again" ({@link Device#recoverTampered}). */
    public Device recovered(String name, Path folder) {
        Device d = Device.recoverTampered(folder, options(name));
        devices.add(d);
        return d;
    }

    /** How the lab builds its phones: the cheap test KDF. */
    public static DeviceOptions options(String name) {
        return DeviceOptions.named(name).withKdf(Argon2Kdf.insecureForTests(TEST_KDF));
    }

    /** A phone paired with the user's code and logged in (unlocked, synced). */
    public Device loggedIn(TestUser user, String name) {
        Device d = device(name);
        d.pair(user.pairingCode());
        d.login(user.password());
        return d;
    }

    /** The server's audit events for a user, filtered as the admin console would. */
    public List<AuditEvent> audit(String username, String action, String origin) {
        AuditFilter filter = AuditFilter.ALL.withUser(username);
        AuditFilter withAction = action == null ? filter : filter.withAction(action);
        AuditFilter f = origin == null ? withAction : withAction.withOrigin(origin);
        return AdminCall.run("audit", () -> admin.audit().all(f));
    }

    @Override
    public void close() {
        devices.forEach(Device::close);
        server.close();
    }
}
