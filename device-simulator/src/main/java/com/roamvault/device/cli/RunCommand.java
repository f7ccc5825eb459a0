package com.roamvault.device.cli;

import com.roamvault.device.scenario.JUnitReport;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.scenario.ScenarioResult;
import com.roamvault.device.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run SCENARIO.yaml...}: plays QA scenarios headless (SCENARIOS.md) and reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Play scenario files; prints each step, writes JUnit XML, exits 1 if any scenario failed.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO.yaml", arity = "1..*", description = "scenario files")
    List<Path> files;

    @Option(names = "--junit", paramLabel = "report.xml", description = "write a JUnit XML report here")
    Path junit;

    @Option(names = "--data", paramLabel = "DIR", description = "where device folders live (default: a fresh temporary folder)")
    Path data;

    @Option(names = {"--server-url", "--server"}, paramLabel = "URL", description = "play against this running server instead of the files' own")
    String serverUrl;

    @Option(names = "--pin", paramLabel = "PIN", description = "the running server's certificate pin, sha256/...")
    String pin;

    @Option(names = "--admin-user", defaultValue = "admin", description = "the running server's admin (default: ${DEFAULT-VALUE})")
    String adminUser;

    @Option(names = "--admin-password", description = "the running server's admin password")
    String adminPassword;

    @Mixin
    KdfOption kdf;

    @Override
    public Integer call() throws IOException {
        if (serverUrl != null && pin == null) {
            System.err.println("--server-url needs --pin (the server prints it at start: ROAMVAULT READY ... pin=sha256/...)");
            return 2;
        }
        Path dataDir = data != null ? Files.createDirectories(data) : Files.createTempDirectory("roamvault-scenarios");
        RunOptions options = new RunOptions(dataDir, kdf.kdf(), serverUrl, pin, adminUser, adminPassword);
        ScenarioRunner runner = new ScenarioRunner(options, System.out);
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : files) {
            results.addAll(runner.runFile(file));
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        System.out.println();
        System.out.printf("%d scenario(s): %d passed, %d failed%n", results.size(), results.size() - failed, failed);
        results.stream().filter(r -> !r.passed())
                .forEach(r -> System.out.println("  FAILED " + r.name() + " — " + r.failure()));
        if (junit != null) {
            JUnitReport.write(results, junit);
            System.out.println("JUnit report: " + junit.toAbsolutePath());
        }
        return failed == 0 ? 0 : 1;
    }
}
