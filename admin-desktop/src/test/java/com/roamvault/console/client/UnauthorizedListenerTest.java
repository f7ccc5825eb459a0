package com.roamvault.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.console.TestServers;
import com.roamvault.server.RoamvaultServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one hook for a dead session: it fires for an expired token, not for a wrong password or other errors. */
class UnauthorizedListenerTest {
    private static RoamvaultServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aWrongPasswordAtLoginIsNotAnExpiredSession() throws Exception {
        AtomicInteger expired = new AtomicInteger();
        AdminClient client = AdminClient.of(server.url(), server.pin());
        client.onUnauthorized(expired::incrementAndGet);

        assertThatThrownBy(() -> client.login(TestServers.ADMIN, "wrong"))
                .isInstanceOfSatisfying(AdminApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        assertThatThrownBy(() -> client.userMobile(999_999))
                .isInstanceOfSatisfying(AdminApiException.class, e -> assertThat(e.status()).isEqualTo(404));

        assertThat(expired).hasValue(0);
    }

    @Test
    void aTokenPastItsLifetimeFiresTheListenerOncePerCall() throws Exception {
        AtomicInteger expired = new AtomicInteger();
        AdminClient client = AdminClient.of(server.url(), server.pin());
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        client.onUnauthorized(expired::incrementAndGet);
        client.stats();
        assertThat(expired).hasValue(0);

        server.wiring().clock().advance(Duration.ofHours(9));

        assertThatThrownBy(client::stats).isInstanceOfSatisfying(AdminApiException.class, e -> {
            assertThat(e.code()).isEqualTo("unauthorized");
            assertThat(e.status()).isEqualTo(401);
        });
        assertThat(expired).hasValue(1);
        assertThatThrownBy(() -> client.exportAudit(AuditQuery.ALL, java.io.OutputStream.nullOutputStream(), n -> { }))
                .isInstanceOf(AdminApiException.class);
        assertThat(expired).hasValue(2);
    }
}
