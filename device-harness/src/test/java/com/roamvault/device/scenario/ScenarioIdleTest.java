package com.roamvault.device.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.support.Lab;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code wait:} longer than the server keeps an idle connection, between admin steps
 * and phone steps: every step after it still goes through (the server here closes idle connections
 * after half a second; the scenario waits two).
 */
class ScenarioIdleTest {
    private static final String SCENARIO = """
            name: Admin and phone steps on either side of a wait past the server's idle timeout
            users:
              - {username: CORP\\qa-idle, masterPassword: "qa-idle-orbit-lantern-quartz-97", lists: [Idle List]}
            devices:
              phone: {user: CORP\\qa-idle, password: "qa-idle-orbit-lantern-quartz-97"}
            steps:
              - pair: phone
              - login: phone
              - admin: {setUserOption: {user: CORP\\qa-idle, offlineCacheDays: 3}}
              - wait: 2s
              - admin: {addRecord: {list: Idle List, title: after-the-wait, password: "s3cret-after"}}
              - wait: 2s
              - sync: phone
              - expect: {device: phone, hasRecord: after-the-wait, lastError: none}
              - view: {device: phone, title: after-the-wait}
              - wait: 2s
              - sync: phone
              - wait: 2s
              - expectAudit: {user: CORP\\qa-idle, action: RECORD_VIEWED, count: 1}
            """;

    @Test
    void stepsAfterAWaitPastTheServersIdleTimeoutGoThrough(@TempDir Path dir) throws Exception {
        try (Lab lab = new Lab(Duration.ofMillis(500))) {
            Path file = Files.writeString(dir.resolve("idle.yaml"), SCENARIO);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            RunOptions options = new RunOptions(dir.resolve("phones"), Argon2Kdf.insecureForTests(Lab.TEST_KDF),
                    lab.server().uri().toString(), lab.server().pin(), "admin", lab.server().adminPassword());

            List<ScenarioResult> results = new ScenarioRunner(options, new PrintStream(log, true, StandardCharsets.UTF_8))
                    .runFile(file);

            String text = log.toString(StandardCharsets.UTF_8);
            assertThat(results).singleElement().satisfies(r -> assertThat(r.passed()).as(text).isTrue());
        }
    }
}
