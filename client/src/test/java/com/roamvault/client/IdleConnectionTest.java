package com.roamvault.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.admin.UserSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person at the console pauses longer than the server keeps an idle connection: the next call,
 * a read or a write, must still go through, and a write is applied exactly once. The server here
 * closes idle connections after half a second, far sooner than the client drops them, so each
 * call after the pause meets a connection the server has closed.
 */
class IdleConnectionTest {
    private static final Duration SERVER_IDLE = Duration.ofMillis(500);
    private static final Duration PAUSE = SERVER_IDLE.multipliedBy(4);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(SERVER_IDLE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aReadAfterAPausePastTheServersIdleTimeoutGoesThrough() throws Exception {
        AdminClient admin = server.admin();
        busy(admin); // several connections in the pool, as a console's screens leave it

        pause();

        assertThat(admin.users().all("")).isNotNull();
        pause();
        assertThat(admin.audit().verify().ok()).isTrue();
    }

    @Test
    void aReadThatMayNotBeRetriedSilentlyAlsoGoesThroughAfterThePause() throws Exception {
        // as a phone connects: no GET is retried silently, so only the recovery from a closed connection helps
        AdminClient admin = RoamvaultClient.connect(server.url(), server.pin(),
                ConnectionOptions.DEFAULTS.withRetryIdempotentCalls(false)).admin()
                .loggedInAs(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        busy(admin);

        pause();

        assertThat(admin.audit().verify().ok()).isTrue();
    }

    @Test
    void aWriteAfterAPausePastTheServersIdleTimeoutIsAppliedExactlyOnce() throws Exception {
        AdminClient admin = server.admin();
        busy(admin);
        admin.users().create("CORP\\idle-first", TestServer.MASTER_PASSWORD);

        pause();

        admin.users().create("CORP\\idle-second", TestServer.MASTER_PASSWORD);
        pause();
        admin.lists().create("Idle list", "made after a pause");

        List<UserSummary> made = admin.users().all("idle-");
        assertThat(made).extracting(UserSummary::username)
                .containsExactlyInAnyOrder("CORP\\idle-first", "CORP\\idle-second");
        assertThat(admin.lists().list()).filteredOn(l -> l.name().equals("Idle list")).hasSize(1);
    }

    /** Calls at once, so the pool holds several connections when the pause begins. */
    private static void busy(AdminClient admin) throws Exception {
        try (ExecutorService screens = Executors.newFixedThreadPool(4)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(screens.submit(() -> admin.users().all("")));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(PAUSE.toMillis());
    }
}
