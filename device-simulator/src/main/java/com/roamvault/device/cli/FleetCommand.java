package com.roamvault.device.cli;

import com.roamvault.device.fleet.FleetOptions;
import com.roamvault.device.fleet.FleetReport;
import com.roamvault.device.fleet.FleetResult;
import com.roamvault.device.fleet.FleetRunner;
import com.roamvault.device.fleet.FleetServer;
import com.roamvault.device.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleet}: many headless phones against one server (the load benchmark). Exit code 0 when
 * every phone passed and the server's audit holds exactly their events, 1 otherwise, 2 for bad flags.
 */
@Command(name = "fleet", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Drive N simulated phones against one server: each pairs, logs in, syncs, goes offline, "
                + "views / reveals / copies records, locks and unlocks, comes back and uploads its journal.",
            "Prints throughput, p50/p95/p99 latency per call type and errors, then checks the server's audit "
                + "against the phones' journals. Exit 0 = no error and no lost event, 1 = failures, 2 = bad flags."})
public final class FleetCommand implements Callable<Integer> {
    /**
     * Twice the cores. Measured on the 2-core reference box with the real KDF (60 phones, interleaved
     * rounds): 2 and 4 phones at a time gave the same throughput (~1.3-1.4 phones/s when the box was
     * quiet), 8 and 16 only queued for the CPU (lower throughput, login p50 0.35-1.2 s instead of 0.1-0.2 s).
     * Each phone spends most of its time in Argon2id, so a second phone per core covers its waits on the server.
     */
    static final int DEFAULT_CONCURRENCY = 2 * Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Option(names = "--devices", required = true, paramLabel = "N", description = "how many phones (1..5000)")
    int devices;

    @Option(names = "--embedded", description = "start a server in this process (random admin password, free port)")
    boolean embedded;

    @Option(names = {"--server-url", "--server"}, paramLabel = "URL", description = "drive this running server instead (https://...)")
    String serverUrl;

    @Option(names = "--pin", paramLabel = "PIN", description = "the running server's certificate pin, sha256/...")
    String pin;

    @Option(names = "--admin-user", paramLabel = "USER", defaultValue = "admin", description = "its security administrator (default: ${DEFAULT-VALUE})")
    String adminUser;

    @Option(names = "--admin-password", paramLabel = "PASSWORD", description = "the administrator's password")
    String adminPassword;

    @Option(names = "--concurrency", paramLabel = "C",
            description = "phones acting at the same time (default: twice the CPU cores, here ${DEFAULT-VALUE})")
    int concurrency = DEFAULT_CONCURRENCY;

    @Option(names = "--records", paramLabel = "R", defaultValue = "50",
            description = "records in the fleet list (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--offline-actions", paramLabel = "K", defaultValue = "5",
            description = "view / reveal / copy actions each phone performs offline (default: ${DEFAULT-VALUE})")
    int offlineActions;

    @Option(names = "--offline-pause", paramLabel = "SECONDS", defaultValue = "0",
            description = "how long each phone stays offline before coming back (default: ${DEFAULT-VALUE})")
    int offlinePauseSeconds;

    @Option(names = "--data", paramLabel = "DIR", description = "an empty or new folder for the phones "
            + "(and the embedded server); default: a fresh temporary folder")
    Path data;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "makes the phones' choices repeatable (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    KdfOption kdf;

    @Override
    public Integer call() {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = dataDir();
        FleetOptions options = new FleetOptions(devices, concurrency, records, offlineActions,
                dataDir.resolve("phones"), kdf.kdf(), seed, Duration.ofSeconds(offlinePauseSeconds));
        int exit = play(options, dataDir, out, err);
        if (data == null && exit == 0) {
            deleteQuietly(dataDir); // a passing run's temporary phones and server are of no further use
        } else {
            out.printf("phones%s kept in %s%n", embedded ? " and server" : "", dataDir);
        }
        out.flush();
        return exit;
    }

    private int play(FleetOptions options, Path dataDir, PrintWriter out, PrintWriter err) {
        try (FleetServer server = embedded ? FleetServer.embedded(dataDir.resolve("server"))
                : FleetServer.running(URI.create(serverUrl), pin, adminUser, adminPassword)) {
            if (server.isEmbedded()) {
                out.printf("embedded server: %s pin=%s%n", server.url(), server.pin());
            }
            FleetResult result = new FleetRunner(options, server, out).run();
            FleetReport.print(result, out);
            return result.passed() ? 0 : 1;
        } catch (ScenarioException | UncheckedIOException | IllegalStateException e) {
            out.flush();
            err.println("fleet: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private void validate() {
        range("--devices", devices, 1, 5000);
        range("--concurrency", concurrency, 1, 256);
        range("--records", records, 1, 10_000);
        range("--offline-actions", offlineActions, 0, 1000);
        range("--offline-pause", offlinePauseSeconds, 0, 3600);
        if (embedded == (serverUrl != null)) {
            throw bad("give either --embedded or --server-url URL (with --pin and --admin-password)");
        }
        if (serverUrl != null) {
            URI uri;
            try {
                uri = URI.create(serverUrl);
            } catch (IllegalArgumentException e) {
                throw bad("--server-url is not a URL: " + serverUrl);
            }
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw bad("--server-url must be an https:// URL, e.g. https://127.0.0.1:8443");
            }
            if (pin == null || !pin.startsWith("sha256/")) {
                throw bad("--server-url needs --pin sha256/... (the server prints it at start: ROAMVAULT READY ... pin=...)");
            }
            if (adminPassword == null) {
                throw bad("--server-url needs --admin-password (the password of --admin-user " + adminUser + ")");
            }
        } else if (pin != null || adminPassword != null) {
            throw bad("--pin and --admin-password belong to --server-url; --embedded makes its own");
        }
        if (data != null && Files.isDirectory(data) && !isEmpty(data)) {
            throw bad("--data " + data + " is not empty: give a new or empty folder (phones are created fresh)");
        }
        if (data != null && Files.exists(data) && !Files.isDirectory(data)) {
            throw bad("--data " + data + " is a file, not a folder");
        }
    }

    private void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw bad(name + " must be from " + min + " to " + max + ", not " + value);
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private Path dataDir() {
        try {
            return data != null ? Files.createDirectories(data) : Files.createTempDirectory("roamvault-fleet");
        } catch (IOException e) {
            throw bad("cannot create the data folder: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
