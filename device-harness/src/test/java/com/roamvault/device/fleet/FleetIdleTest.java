package com.roamvault.device.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.support.EmbeddedServer;
import com.roamvault.device.support.Lab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet phones that stay offline longer than the server keeps an idle connection come back through
 * the shared pool's connections the server has closed meanwhile: no error, no call failed, every
 * event in the audit exactly once.
 */
class FleetIdleTest {
    @Test
    void phonesOfflinePastTheServersIdleTimeoutComeBackWithoutAFailedCall(@TempDir Path dir) {
        Duration serverIdle = Duration.ofMillis(500);
        try (EmbeddedServer embedded = EmbeddedServer.start(serverIdle)) {
            FleetServer server = FleetServer.running(embedded.uri(), embedded.pin(), "admin", embedded.adminPassword());
            FleetOptions options = new FleetOptions(3, 3, 4, 2, dir, Argon2Kdf.insecureForTests(Lab.TEST_KDF), 7,
                    serverIdle.multipliedBy(4));
            StringWriter out = new StringWriter();

            FleetResult result = new FleetRunner(options, server, new PrintWriter(out, true), Duration.ofSeconds(60)).run();
            FleetReport.print(result, new PrintWriter(out, true));

            assertThat(result.errors()).as(out.toString()).isEmpty();
            assertThat(result.failedCalls()).as(out.toString()).isZero();
            assertThat(result.passed()).as(out.toString()).isTrue();
        }
    }
}
