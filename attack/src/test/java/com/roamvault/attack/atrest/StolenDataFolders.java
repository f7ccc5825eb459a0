package com.roamvault.attack.atrest;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.scenario.ScenarioResult;
import com.roamvault.device.scenario.ScenarioRunner;
import com.roamvault.device.support.Lab;
import com.roamvault.launcher.local.DemoAccount;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.server.atrest.SecretScan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thief with a copy of the disks: the demo server plays shipped QA scenarios with real phones, is
 * stopped, and then its data folder and the phones' folders are searched (UTF-8 and both UTF-16s)
 * for every record password, note and OTP secret (current and earlier versions), every demo master password, every list API key, the system
 * API key and any Argon2 hash. Nothing may be found.
 */
public final class StolenDataFolders implements Attack {
    private static final List<String> SCENARIOS = List.of("offline-audit-exactly-once.yaml",
            "record-changes-reach-phone.yaml", "master-password-change.yaml", "password-changed-elsewhere.yaml");
    private static final Pattern OTP_SECRET = Pattern.compile("[?&]secret=([^&]+)");
    private static final Path SHIPPED = Path.of("..", "device-simulator", "scenarios");

    @Override
    public String category() {
        return "at rest";
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        Path serverData = Files.createTempDirectory("rv-stolen-server");
        Path phones = Files.createTempDirectory("rv-stolen-phones");
        Set<String> secrets;
        int played;
        try (LocalServer server = LocalServers.start(LocalServerOptions.demo(serverData).withCheapHashingForTests())) {
            played = play(server, phones, SCENARIOS.subList(0, scale.count(2, SCENARIOS.size())));
            secrets = secretsOf(server);
        }
        List<String> inServer = SecretScan.folder(serverData, secrets);
        List<String> inPhones = SecretScan.folder(phones, secrets);
        String searched = "%d secrets, 3 encodings, after %d scenarios".formatted(secrets.size(), played);
        return List.of(
                AttackRow.of(category(), "the server's data folder (H2) searched for every secret", secrets.size(),
                        inServer.size(), inServer.isEmpty() ? searched : String.join("; ", inServer)),
                AttackRow.of(category(), "the phones' folders (caches, journals, state) searched", secrets.size(),
                        inPhones.size(), inPhones.isEmpty() ? searched : String.join("; ", inPhones)));
    }

    /** Plays the scenarios against the running server, as {@code roamvault-device run --server-url} does. */
    private static int play(LocalServer server, Path phones, List<String> scenarios) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ScenarioRunner runner = new ScenarioRunner(new RunOptions(phones, Argon2Kdf.insecureForTests(Lab.TEST_KDF),
                server.url().toString(), server.pin(), server.adminUser(), server.adminPassword()),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        for (String scenario : scenarios) {
            List<ScenarioResult> results = runner.runFile(SHIPPED.resolve(scenario));
            if (results.isEmpty() || !results.stream().allMatch(ScenarioResult::passed)) {
                throw new IllegalStateException("The scenario " + scenario + " did not pass:\n" + log);
            }
        }
        return scenarios.size();
    }

    /** What the vault holds secret once the scenarios ran, read through the admin API. */
    private static Set<String> secretsOf(LocalServer server) throws RoamvaultClientException {
        AdminClient admin = AdminCall.login(server.url(), server.pin(), server.adminUser(), server.adminPassword());
        Set<String> secrets = new LinkedHashSet<>(List.of("$argon2id$", server.adminPassword()));
        for (DemoAccount account : server.demoAccounts()) {
            secrets.add(account.masterPassword());
        }
        secrets.add(admin.serverInfo().systemApiKey());
        for (ListDetail list : admin.lists().list()) {
            secrets.add(admin.lists().get(list.listId()).apiKey());
            for (RecordDetail record : admin.records().ofList(list.listId())) {
                addIfDistinctive(secrets, record.password());
                addIfDistinctive(secrets, record.notes());
                addOtp(secrets, record.otpUri());
                for (RecordVersion earlier : admin.records().history(record.recordId())) {
                    addIfDistinctive(secrets, earlier.password());
                    addIfDistinctive(secrets, earlier.notes());
                    addOtp(secrets, earlier.otpUri());
                }
            }
        }
        return secrets;
    }

    /** An OTP URI and, on its own, its secret (the part that must never be readable). */
    private static void addOtp(Set<String> secrets, String otpUri) {
        if (otpUri != null) {
            secrets.add(otpUri);
            Matcher secret = OTP_SECRET.matcher(otpUri);
            if (secret.find()) {
                secrets.add(secret.group(1));
            }
        }
    }

    /** A word of a few letters could occur by chance in any file; a secret worth searching for is longer. */
    private static void addIfDistinctive(Set<String> secrets, String secret) {
        if (secret != null && secret.strip().length() >= 8) {
            secrets.add(secret);
        }
    }
}
