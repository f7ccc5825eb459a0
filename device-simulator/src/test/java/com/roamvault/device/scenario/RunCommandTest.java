package com.roamvault.device.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.cli.DeviceMain;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code run}, as QA calls it: per-step log, JUnit XML naming the failed step, exit code. */
class RunCommandTest {

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new DeviceMain()).execute(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void aPassingAndAFailingScenarioGiveExitOneAndAReportNamingTheStep() throws Exception {
        Path dir = Files.createTempDirectory("rv-run");
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, """
                name: passes
                users: [{username: CORP\\\\qa-run, masterPassword: "run-orbit-lantern-quartz-97", lists: [Network Devices]}]
                devices: {phone: {user: CORP\\\\qa-run, password: "run-orbit-lantern-quartz-97"}}
                steps:
                  - pair: phone
                  - login: phone
                  - expect: {device: phone, state: UNLOCKED}
                ---
                name: fails on purpose
                users: [{username: CORP\\\\qa-run2, masterPassword: "run-orbit-lantern-quartz-98", lists: [Network Devices]}]
                devices: {phone: {user: CORP\\\\qa-run2, password: "run-orbit-lantern-quartz-98"}}
                steps:
                  - pair: phone
                  - expect: {device: phone, state: UNLOCKED}
                """);
        Path report = dir.resolve("report.xml");
        Run run = run("run", file.toString(), "--junit", report.toString(), "--insecure-test-kdf",
                "--data", dir.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("PASSED passes", "FAILED fails on purpose", "2 scenario(s): 1 passed, 1 failed");
        String xml = Files.readString(report);
        assertThat(xml).contains("<testsuite name=\"two.yaml\" tests=\"2\" failures=\"1\"")
                .contains("<testcase classname=\"two.yaml\" name=\"passes\"")
                .contains("step 2 (expect: {device=phone, state=UNLOCKED}): state: expected UNLOCKED, saw PAIRED");
        assertThat(xml).doesNotContain("run-orbit-lantern-quartz");
    }

    @Test
    void aBrokenFileFailsClearly() throws Exception {
        Path file = Files.createTempFile("broken", ".yaml");
        Files.writeString(file, "name: x\nsteps:\n  - teleport: phone\n");
        Run run = run("run", file.toString(), "--insecure-test-kdf");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("unknown step 'teleport'");
    }

    @Test
    void aScenarioThatChangesTheGlobalOptionsOfARunningServerPutsThemBack() throws Exception {
        Path dir = Files.createTempDirectory("rv-shared");
        Path file = dir.resolve("shared.yaml");
        Files.writeString(file, """
                name: shortens the global offline days
                users: [{username: CORP\\\\qa-short, masterPassword: "run-orbit-lantern-quartz-95", lists: [Network Devices]}]
                devices: {phone: {user: CORP\\\\qa-short, password: "run-orbit-lantern-quartz-95"}}
                steps:
                  - admin: {setGlobal: {offlineCacheDays: 1}}
                  - pair: phone
                  - login: phone
                  - expect: {device: phone, leaseDaysLeft: "<= 1"}
                ---
                name: the next scenario starts from the server's own settings
                users: [{username: CORP\\\\qa-next, masterPassword: "run-orbit-lantern-quartz-94", lists: [Network Devices]}]
                devices: {phone: {user: CORP\\\\qa-next, password: "run-orbit-lantern-quartz-94"}}
                steps:
                  - pair: phone
                  - login: phone
                  - expect: {device: phone, leaseDaysLeft: ">= 13.9"}
                """);
        try (LocalServer server = LocalServers.start(LocalServerOptions.demo(dir.resolve("server"))
                .withCheapHashingForTests())) {
            Run run = run("run", file.toString(), "--server-url", server.url().toString(), "--pin", server.pin(),
                    "--admin-password", server.adminPassword(), "--insecure-test-kdf", "--data",
                    dir.resolve("data").toString());
            assertThat(run.out()).contains("2 scenario(s): 2 passed, 0 failed");
            assertThat(run.exit()).isZero();
        }
    }

    @Test
    void aRunningServerNeedsItsPin() {
        Run run = run("run", "x.yaml", "--server-url", "https://127.0.0.1:8443");
        assertThat(run.exit()).isEqualTo(2);
    }
}
