package com.roamvault.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordHasher;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin session over time: the unauthorized hook fires for a token past its lifetime, once per
 * call (the streamed export too), never for a wrong password or another error; a lockout says how
 * long to wait.
 */
class SessionLifetimeTest {
    private static RoamvaultServer server;

    @BeforeAll
    static void start() throws Exception {
        // the server itself rather than TestServer: the test moves its clock
        server = RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("rv-client-session"))
                .withPort(0).withAdminPassword(TestServer.ADMIN_PASSWORD)
                .withHashing(new PasswordHasher.Params(1024, 1, 1)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static AdminClient admin() throws RoamvaultClientException {
        return RoamvaultClient.connect(server.url(), server.pin()).admin();
    }

    @Test
    void aWrongPasswordOrAnotherErrorIsNotAnExpiredSession() throws Exception {
        AtomicInteger expired = new AtomicInteger();
        AdminClient client = admin();
        client.onUnauthorized(expired::incrementAndGet);

        assertThatThrownBy(() -> client.login(TestServer.ADMIN, "wrong"))
                .isInstanceOfSatisfying(RoamvaultClientException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
        client.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertThatThrownBy(() -> client.settings().user(999_999)).isInstanceOfSatisfying(
                RoamvaultClientException.class, e -> assertThat(e.status()).isEqualTo(404));

        assertThat(expired).hasValue(0);
    }

    @Test
    void aTokenPastItsLifetimeFiresTheHookOncePerCall() throws Exception {
        AtomicInteger expired = new AtomicInteger();
        AdminClient client = admin().loggedInAs(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        client.onUnauthorized(expired::incrementAndGet);
        client.stats();
        assertThat(expired).hasValue(0);

        server.wiring().clock().advance(Duration.ofHours(9)); // past the admin token's 8 h

        assertThatThrownBy(client::stats).isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHORIZED);
            assertThat(e.status()).isEqualTo(401);
        });
        assertThat(expired).hasValue(1);
        assertThatThrownBy(() -> client.audit().exportCsv(AuditFilter.ALL, OutputStream.nullOutputStream(), n -> { }))
                .isInstanceOf(RoamvaultClientException.class);
        assertThat(expired).hasValue(2);
    }

    @Test
    void aLockedAccountSaysHowLongToWait() throws Exception {
        // its own server: locking the admin account here must not disturb the other tests
        try (TestServer lonely = TestServer.start()) {
            AdminClient client = lonely.client().admin();
            RoamvaultClientException last = null;
            for (int i = 0; i < 10 && (last == null || !last.is(ErrorCode.ACCOUNT_LOCKED)); i++) {
                last = catchThrowableOfType(RoamvaultClientException.class,
                        () -> client.login(TestServer.ADMIN, "wrong-guess"));
            }

            assertThat(last.errorCode()).isEqualTo(ErrorCode.ACCOUNT_LOCKED);
            assertThat(last.status()).isEqualTo(423);
            assertThat(last.retryAfterSeconds()).isPositive();
        }
    }
}
