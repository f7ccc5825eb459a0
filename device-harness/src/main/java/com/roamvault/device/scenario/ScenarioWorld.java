package com.roamvault.device.scenario;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one scenario plays: the server (a fresh embedded one with demo data, or a running one),
 * its administrator, and the scenario's phones, each in its own folder.
 */
final class ScenarioWorld implements AutoCloseable {
    private static final int GENERATED_RECORDS = 5;

    private final LocalServer embedded;
    private final URI server;
    private final String pin;
    private final AdminClient admin;
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private final Map<String, ScenarioSpec.DeviceSpec> specs = new LinkedHashMap<>();

    private ScenarioWorld(LocalServer embedded, URI server, String pin, AdminClient admin) {
        this.embedded = embedded;
        this.server = server;
        this.pin = pin;
        this.admin = admin;
    }

    static ScenarioWorld open(ScenarioSpec spec, RunOptions options, Path scenarioDir) {
        ScenarioWorld world = connect(spec, options, scenarioDir);
        try {
            world.prepareUsers(spec);
            world.preparePhones(spec, options, scenarioDir);
            return world;
        } catch (RuntimeException e) {
            world.close();
            throw e;
        }
    }

    private static ScenarioWorld connect(ScenarioSpec spec, RunOptions options, Path scenarioDir) {
        if (options.externalServer()) {
            AdminClient admin = AdminCall.login(URI.create(options.serverUrl()), options.pin(),
                    options.adminUser() == null ? "admin" : options.adminUser(), requirePassword(options.adminPassword()));
            return new ScenarioWorld(null, URI.create(options.serverUrl()), options.pin(), admin);
        }
        if (!spec.server().embedded()) {
            AdminClient admin = AdminCall.login(URI.create(spec.server().url()), spec.server().pin(),
                    spec.server().adminUser(), requirePassword(spec.server().adminPassword()));
            return new ScenarioWorld(null, URI.create(spec.server().url()), spec.server().pin(), admin);
        }
        LocalServer server = LocalServers.start(LocalServerOptions.demo(scenarioDir.resolve("server")).withAdjustableClock());
        try {
            AdminClient admin = AdminCall.login(server.url(), server.pin(), server.adminUser(), server.adminPassword());
            return new ScenarioWorld(server, server.url(), server.pin(), admin);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static String requirePassword(String password) {
        if (password == null) {
            throw new ScenarioException("A running server needs the admin password (--admin-password or server.admin.password)");
        }
        return password;
    }

    /** Creates (or resets) the scenario's users and gives them view + Mobile Access on their lists. */
    private void prepareUsers(ScenarioSpec spec) {
        for (ScenarioSpec.UserSpec u : spec.users()) {
            long id;
            java.util.Optional<UserSummary> existing = AdminCall.run("user lookup", () -> admin.users().find(u.username()));
            if (existing.isPresent()) {
                id = existing.get().id();
                if (u.masterPassword() != null) {
                    AdminCall.run("master password reset", () -> {
                        admin.users().resetMasterPassword(id, u.masterPassword());
                        return null;
                    });
                }
            } else {
                if (u.masterPassword() == null) {
                    throw new ScenarioException("User " + u.username() + " does not exist and has no masterPassword");
                }
                id = AdminCall.run("user creation", () -> admin.users().create(u.username(), u.masterPassword())).id();
            }
            for (String list : u.lists()) {
                long listId = listIdOrCreate(list);
                AdminCall.run("grant", () -> admin.lists().grant(listId, ListsApi.mobileGrant(id, "view")));
            }
        }
    }

    long listIdOrCreate(String name) {
        java.util.Optional<ListDetail> found = AdminCall.run("list lookup", () -> admin.lists().find(name));
        if (found.isPresent()) {
            return found.get().listId();
        }
        long created = AdminCall.run("list creation", () -> admin.lists().create(name, "made by a scenario")).listId();
        for (int i = 1; i <= GENERATED_RECORDS; i++) {
            String title = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + i;
            RecordRequest record = new RecordRequest(title, "admin", "gen-" + java.util.UUID.randomUUID(),
                    "https://" + title + ".corp.example", null, null, null, null);
            AdminCall.run("record creation", () -> admin.records().create(created, record));
        }
        return created;
    }

    private void preparePhones(ScenarioSpec spec, RunOptions options, Path scenarioDir) {
        spec.devices().forEach((name, d) -> {
            try {
                Path folder = Files.createDirectories(scenarioDir.resolve("devices").resolve(name));
                Device device = Device.open(folder, DeviceOptions.named(name).withPlatform(d.platform())
                        .withKdf(options.kdf()));
                d.fingers().forEach(device.qa()::enrollFinger);
                devices.put(name, device);
                specs.put(name, d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Device device(String name) {
        Device d = devices.get(name);
        if (d == null) {
            throw new ScenarioException("No device '" + name + "' (devices: " + devices.keySet() + ")");
        }
        return d;
    }

    ScenarioSpec.DeviceSpec spec(String deviceName) {
        device(deviceName);
        return specs.get(deviceName);
    }

    void rememberPassword(String deviceName, String password) {
        ScenarioSpec.DeviceSpec d = spec(deviceName);
        specs.put(deviceName, new ScenarioSpec.DeviceSpec(d.user(), password, d.platform(), d.fingers()));
    }

    Map<String, Device> devices() {
        return devices;
    }

    private MobileSettings globalBefore;

    AdminClient admin() {
        return admin;
    }

    URI server() {
        return server;
    }

    String pin() {
        return pin;
    }

    void advanceServerClock(Duration by) {
        if (embedded == null) {
            throw new ScenarioException("advanceServerClock works only with an embedded server");
        }
        embedded.advanceClock(by);
    }

    /**
     * Before a scenario first changes the global options, what they were: a shared server gets them
     * back when the scenario ends, so the next scenario starts from the same settings.
     */
    void rememberGlobalSettings() throws RoamvaultClientException {
        if (globalBefore == null) {
            globalBefore = admin.settings().global();
        }
    }

    @Override
    public void close() {
        devices.values().forEach(Device::close);
        if (embedded != null) {
            embedded.close();
        } else if (globalBefore != null) {
            restoreGlobalSettings();
        }
    }

    private void restoreGlobalSettings() {
        Map<MobileOption, Object> all = new EnumMap<>(MobileOption.class);
        for (MobileOption option : MobileOption.values()) {
            all.put(option, globalBefore.value(option));
        }
        try {
            admin.settings().updateGlobal(MobileSettingsPatch.of(all));
        } catch (RoamvaultClientException e) {
            System.err.println("The scenario's global option changes could not be undone on " + server + ": "
                    + e.getMessage());
        }
    }
}
