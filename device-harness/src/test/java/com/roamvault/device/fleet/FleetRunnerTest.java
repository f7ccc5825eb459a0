package com.roamvault.device.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.support.EmbeddedServer;
import com.roamvault.device.support.Lab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small fleet against the real server: no errors, and the server's audit holds exactly the phones' events. */
class FleetRunnerTest {
    static final int OFFLINE_ACTIONS = 3;
    static EmbeddedServer embedded;
    static FleetServer server;

    @BeforeAll
    static void start() {
        embedded = EmbeddedServer.start();
        server = FleetServer.running(embedded.uri(), embedded.pin(), "admin", embedded.adminPassword());
    }

    @AfterAll
    static void stop() {
        embedded.close();
    }

    private static FleetResult run(int devices, Path dir, StringWriter out) {
        FleetOptions options = new FleetOptions(devices, 4, 12, OFFLINE_ACTIONS, dir,
                Argon2Kdf.insecureForTests(Lab.TEST_KDF), 7);
        FleetResult result = new FleetRunner(options, server, new PrintWriter(out, true), Duration.ofSeconds(60)).run();
        FleetReport.print(result, new PrintWriter(out, true));
        return result;
    }

    @Test
    void twentyPhonesRunWithoutErrorsAndEveryJournaledEventReachesTheAuditExactlyOnce(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        FleetResult result = run(20, dir, out);

        assertThat(result.errors()).as(out.toString()).isEmpty();
        assertThat(result.failedCalls()).isZero();
        long perPhone = OFFLINE_ACTIONS + PhoneScript.FIXED_EVENTS;
        assertThat(result.audit()).isEqualTo(new AuditVerdict(20 * perPhone, 20 * perPhone, 0, 0, 0,
                20 * (OFFLINE_ACTIONS + 2), 20 * (OFFLINE_ACTIONS + 2)));
        assertThat(result.passed()).isTrue();
        // every phone: 2 logins (login, online unlock), 1 full + 3 delta syncs, 1 audit upload
        assertThat(result.calls().get(CallTimer.LOGIN).count()).isEqualTo(40);
        assertThat(result.calls().get(CallTimer.FULL_SYNC).count()).isEqualTo(20);
        assertThat(result.calls().get(CallTimer.DELTA_SYNC).count()).isEqualTo(60);
        assertThat(result.calls().get(CallTimer.AUDIT_UPLOAD).count()).isEqualTo(20);
        assertThat(result.setup().created() + result.setup().reset()).isEqualTo(20);
        assertThat(result.setup().records()).isEqualTo(12);

        String report = out.toString();
        assertThat(report).contains("p50 ms", "p95 ms", "p99 ms");
        for (String type : List.of("login", "sync (full)", "sync (delta)", "audit upload")) {
            assertThat(report).containsPattern("(?m)^" + java.util.regex.Pattern.quote(type)
                    + " +\\d+ +0( +\\d+\\.\\d){5}$");
        }
        assertThat(report).contains("audit       expected " + 20 * perPhone + ", server has " + 20 * perPhone
                + ", lost 0, doubled 0", "errors      none", "RESULT      PASS", "(INSECURE, TEST ONLY)");
    }

    @Test
    void aSecondRunResetsTheExistingUsersAndChecksOnlyItsOwnPhonesEvents(@TempDir Path dir) throws Exception {
        run(3, Files.createDirectories(dir.resolve("first")), new StringWriter());
        StringWriter out = new StringWriter();
        FleetResult again = run(3, Files.createDirectories(dir.resolve("second")), out);

        assertThat(again.setup().created()).isZero();
        assertThat(again.setup().reset()).isEqualTo(3);
        assertThat(again.passed()).as(out.toString()).isTrue();
        assertThat(again.audit().onServer()).isEqualTo(3L * (OFFLINE_ACTIONS + PhoneScript.FIXED_EVENTS));
    }
}
