package com.roamvault.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClientException.Kind;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.protocol.audit.AuditActions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the client says when the answer is not the server's: wrong key, no network, silence, garbage. */
class ConnectionFailuresTest {
    private static TestServer server;
    /** Another real server, so another key: the man in the middle. */
    private static TestServer impostor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        impostor = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        impostor.close();
    }

    @Test
    void wrongPinIsPinMismatchAndTheLoginNeverReachesTheServer() throws RoamvaultClientException {
        AdminClient admin = server.admin();
        int before = admin.audit().all(AuditFilter.ALL.withAction(AuditActions.LOGIN_FAILED)).size();
        AdminClient misled = RoamvaultClient.connect(server.url(), TestServer.WRONG_PIN).admin();

        assertKind(() -> misled.login(TestServer.ADMIN, "Not-The-Password-1"), Kind.PIN_MISMATCH,
                RoamvaultClientException.PIN_MISMATCH);
        assertThat(admin.audit().all(AuditFilter.ALL.withAction(AuditActions.LOGIN_FAILED))).hasSize(before);
    }

    @Test
    void manInTheMiddleIsRefusedAtFirstContactAndAfterTrust() throws RoamvaultClientException {
        SwitchableNetwork network = new SwitchableNetwork();
        RoamvaultClient phone = RoamvaultClient.connect(server.url(), server.pin(),
                ConnectionOptions.DEFAULTS.withNetworkHook(network));
        network.mode = "mitm";
        assertKind(() -> phone.admin().login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD), Kind.PIN_MISMATCH,
                RoamvaultClientException.PIN_MISMATCH);

        network.mode = "online";
        AdminClient admin = phone.admin().loggedInAs(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        network.mode = "mitm";
        RoamvaultClientException refused = assertKind(admin::stats, Kind.PIN_MISMATCH,
                RoamvaultClientException.PIN_MISMATCH);
        assertThat(refused.unreachable()).isTrue();
    }

    @Test
    void offlineNetworkHookIsNetworkUnavailableBeforeAndAfterTheFirstCall() throws RoamvaultClientException {
        SwitchableNetwork network = new SwitchableNetwork();
        network.mode = "offline";
        RoamvaultClient phone = RoamvaultClient.connect(server.url(), server.pin(),
                ConnectionOptions.DEFAULTS.withNetworkHook(network));
        AdminClient admin = phone.admin();
        assertKind(() -> admin.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD), Kind.NETWORK_UNAVAILABLE,
                RoamvaultClientException.NETWORK_UNAVAILABLE);

        network.mode = "online";
        admin.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        network.mode = "offline";
        assertKind(admin::stats, Kind.NETWORK_UNAVAILABLE, RoamvaultClientException.NETWORK_UNAVAILABLE);
        network.mode = "online";
        assertThat(admin.stats()).isNotNull();
    }

    @Test
    void unreachableServerIsNetworkUnavailable() throws Exception {
        String closed = "https://127.0.0.1:" + freePort();
        assertKind(() -> RoamvaultClient.connect(closed, server.pin()).mobile().policy("token"),
                Kind.NETWORK_UNAVAILABLE, RoamvaultClientException.NETWORK_UNAVAILABLE);
        assertKind(() -> RoamvaultClient.presentedPin(closed), Kind.NETWORK_UNAVAILABLE,
                RoamvaultClientException.NETWORK_UNAVAILABLE);
    }

    @Test
    void silentServerIsTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread accepter = Thread.ofVirtual().start(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            ConnectionOptions impatient = ConnectionOptions.DEFAULTS.withTimeouts(Duration.ofMillis(300),
                    Duration.ofMillis(300), Duration.ofSeconds(2));
            RoamvaultClient client = RoamvaultClient.connect("https://127.0.0.1:" + silent.getLocalPort(),
                    server.pin(), impatient);
            RoamvaultClientException e = assertKind(() -> client.admin().stats(), Kind.TIMEOUT,
                    RoamvaultClientException.TIMEOUT);
            assertThat(e.unreachable()).isTrue();
            accepter.interrupt();
        }
    }

    @Test
    void answerThatIsNotTheContractIsProtocolError() throws RoamvaultClientException {
        JsonHttp http = new JsonHttp(server.client().connection(), ApiErrors.INSTANCE);
        Request login = new Request.Builder().url(http.url(Paths.ADMIN_LOGIN).build())
                .post(http.body(new AdminLogin(TestServer.ADMIN, TestServer.ADMIN_PASSWORD))).build();
        assertKind(() -> http.call(login, List.class), Kind.PROTOCOL, RoamvaultClientException.PROTOCOL_ERROR);
    }

    @Test
    void malformedAddressOrPinIsRefusedBeforeAnyNetworkUse() {
        assertKind(() -> RoamvaultClient.connect("http://127.0.0.1:1", server.pin()), Kind.INVALID_ARGUMENT,
                RoamvaultClientException.INVALID_SERVER);
        assertKind(() -> RoamvaultClient.connect(server.url(), "sha256/short"), Kind.INVALID_ARGUMENT,
                RoamvaultClientException.INVALID_PIN);
    }

    @Test
    void trustOnFirstUseReadsThePresentedPin() throws RoamvaultClientException {
        assertThat(RoamvaultClient.presentedPin(server.url())).isEqualTo(server.pin());
        assertThat(RoamvaultClient.presentedPin(impostor.url())).isEqualTo(impostor.pin()).isNotEqualTo(server.pin());
    }

    private static RoamvaultClientException assertKind(ThrowingCallable call, Kind kind, String code) {
        RoamvaultClientException[] caught = new RoamvaultClientException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isZero();
            assertThat(e.getMessage()).isNotBlank().doesNotContain(TestServer.ADMIN_PASSWORD);
            caught[0] = e;
        });
        return caught[0];
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Like the simulated phone's network switch: online, offline, or through the impostor. */
    private static final class SwitchableNetwork implements NetworkHook {
        volatile String mode = "online";

        @Override
        public HttpUrl handshakeTarget(HttpUrl target) throws IOException {
            return switch (mode) {
                case "offline" -> throw new IOException("The phone is offline");
                case "mitm" -> HttpUrl.get(impostor.url());
                default -> target;
            };
        }

        @Override
        public okhttp3.Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            return switch (mode) {
                case "offline" -> throw new IOException("The phone is offline");
                case "mitm" -> chain.proceed(request.newBuilder()
                        .url(request.url().newBuilder().port(impostor.port()).build()).build());
                default -> chain.proceed(request);
            };
        }
    }
}
