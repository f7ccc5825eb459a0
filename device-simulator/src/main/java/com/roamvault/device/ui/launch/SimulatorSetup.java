package com.roamvault.device.ui.launch;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.launcher.local.DemoAccount;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import com.roamvault.protocol.admin.UserSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects the simulator to its server (a running one, or an in-process demo server started here)
 * and says which phones to add at start, and whether to log them in. Blocking: run it off the FX thread.
 */
public record SimulatorSetup(AdminPhoneSource source, List<String> initialPhones, boolean logIn,
                             AutoCloseable server) {

    public static SimulatorSetup connect(LaunchOptions o) {
        try {
            Path data = o.data != null ? Files.createDirectories(o.data) : Files.createTempDirectory("roamvault-phones");
            Path phones = Files.createDirectories(data.resolve("phones"));
            Path scenarios = Files.createDirectories(data.resolve("scenarios"));
            Argon2Kdf kdf = o.insecureTestKdf ? Argon2Kdf.insecureForTests(new KdfParams(256, 1, 1)) : new Argon2Kdf();
            return o.embedded() ? demo(o, data, phones, scenarios, kdf) : running(o, phones, scenarios, kdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimulatorSetup demo(LaunchOptions o, Path data, Path phones, Path scenarios, Argon2Kdf kdf) {
        LocalServer server = LocalServers.start(LocalServerOptions.demo(data.resolve("server")));
        AdminClient admin = AdminCall.login(server.url(), server.pin(), server.adminUser(), server.adminPassword());
        RunOptions scenarioOptions = new RunOptions(scenarios, kdf, null, null, null, null);
        List<String> usernames = server.demoAccounts().stream().map(DemoAccount::username).toList();
        AdminPhoneSource source = new AdminPhoneSource(admin, phones, kdf, usernames, demoHints(),
                server.url() + " · embedded demo server", scenarioOptions, demoPasswords());
        List<String> initial = o.phones.isEmpty() ? List.of("CORP\\jsmith", "CORP\\amorgan") : o.phones;
        return new SimulatorSetup(source, initial, true, server);
    }

    /** Adds the start phones to the window (demo users' phones logged in with their documented password). */
    public void addInitialPhones(SimulatorViewModel vm) {
        initialPhones.forEach(user -> vm.addPhone(user, logIn));
    }

    private static Map<String, String> demoPasswords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        LocalServers.demoAccountsOfTheDemoData().forEach(a -> passwords.put(a.username(), a.masterPassword()));
        return passwords;
    }

    private static Map<String, String> demoHints() {
        Map<String, String> hints = new LinkedHashMap<>();
        demoPasswords().forEach((u, p) -> hints.put(u, "demo master password: " + p + "\nenrolled finger: "
                + AdminPhoneSource.DEMO_FINGER));
        return hints;
    }

    private static SimulatorSetup running(LaunchOptions o, Path phones, Path scenarios, Argon2Kdf kdf) {
        if (o.pin == null || o.adminPassword == null) {
            throw new IllegalArgumentException("--server-url needs --pin and --admin-password (for pairing codes)");
        }
        AdminClient admin = AdminCall.login(URI.create(o.serverUrl), o.pin, o.adminUser, o.adminPassword);
        List<String> users = AdminCall.run("users", () -> admin.users().page(null, 500, 0)).users().stream()
                .map(UserSummary::username).toList();
        RunOptions scenarioOptions = new RunOptions(scenarios, kdf, o.serverUrl, o.pin, o.adminUser, o.adminPassword);
        AdminPhoneSource source = o.knowsDemoUsers()
                ? new AdminPhoneSource(admin, phones, kdf, users, demoHints(), o.serverUrl + " · demo data",
                        scenarioOptions, demoPasswords())
                : new AdminPhoneSource(admin, phones, kdf, users, Map.of(), o.serverUrl, scenarioOptions);
        return new SimulatorSetup(source, o.phones, o.knowsDemoUsers(), () -> { });
    }
}
