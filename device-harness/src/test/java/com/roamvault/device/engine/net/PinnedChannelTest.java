package com.roamvault.device.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.roamvault.device.support.EmbeddedServer;
import com.roamvault.protocol.mobile.LoginRequest;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The phone talks only to the pinned key: a man in the middle or a wrong pin is refused before anything is sent. */
class PinnedChannelTest {
    static EmbeddedServer server;
    static MitmProxy mitm;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start();
        mitm = new MitmProxy(server.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        mitm.close();
        server.close();
    }

    private static final LoginRequest WRONG = new LoginRequest("CORP\\nobody", "not-the-password", null, "t", "android");

    private AppServerException login(String pin, NetworkSwitch network) {
        AppServerClient client = new AppServerClient(server.uri(), pin, network);
        return catchThrowableOfType(AppServerException.class, () -> client.login(WRONG));
    }

    @Test
    void thePinnedServerAnswers() {
        AppServerException e = login(server.pin(), new NetworkSwitch(mitm::endpoint)); assertThat(e.code()).as(e.getMessage()).isEqualTo("invalid_credentials");
    }

    @Test
    void aWrongPinIsRefusedAsPinMismatch() {
        String otherPin = "sha256/" + Base64.getEncoder().encodeToString(new byte[32]);
        AppServerException e = login(otherPin, new NetworkSwitch(mitm::endpoint));
        assertThat(e.code()).isEqualTo(AppServerException.PIN_MISMATCH);
        assertThat(e.getMessage()).contains("man-in-the-middle");
    }

    @Test
    void aManInTheMiddleIsRefusedBeforeAnyCredentialIsSent() {
        NetworkSwitch network = new NetworkSwitch(mitm::endpoint);
        network.set(NetworkMode.MITM);
        long refusedBefore = mitm.refusedHandshakes();
        assertThat(login(server.pin(), network).code()).isEqualTo(AppServerException.PIN_MISMATCH);
        assertThat(mitm.bytesFromClients()).isZero();
        long deadline = System.currentTimeMillis() + 5_000;
        while (mitm.refusedHandshakes() == refusedBefore && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(mitm.refusedHandshakes()).as("the proxy saw the phone abort the handshake").isGreaterThan(refusedBefore);
    }

    @Test
    void offlineFailsWithoutReachingTheServer() {
        NetworkSwitch network = new NetworkSwitch(mitm::endpoint);
        network.set(NetworkMode.OFFLINE);
        AppServerException e = login(server.pin(), network);
        assertThat(e.code()).isEqualTo(AppServerException.NETWORK_UNAVAILABLE);
        assertThat(e.unreachable()).isTrue();
    }

    @Test
    void flakyWithASeedFailsAShareOfCallsRepeatably() {
        int[] failures = new int[2];
        for (int run = 0; run < 2; run++) {
            NetworkSwitch network = new NetworkSwitch(mitm::endpoint);
            network.flaky(0.5, 42L);
            for (int i = 0; i < 20; i++) {
                if (login(server.pin(), network).code().equals(AppServerException.NETWORK_UNAVAILABLE)) {
                    failures[run]++;
                }
            }
        }
        assertThat(failures[0]).isBetween(4, 16).isEqualTo(failures[1]);
    }
}
