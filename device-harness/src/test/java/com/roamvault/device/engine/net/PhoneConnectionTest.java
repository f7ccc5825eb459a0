package com.roamvault.device.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.device.support.EmbeddedServer;
import com.roamvault.protocol.mobile.LoginRequest;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phone's connection (the shared typed client through the phone's network switch) talks only to
 * the pinned key: a man in the middle or a wrong pin is refused before anything is sent, and each
 * failure carries the phone's code.
 */
class PhoneConnectionTest {
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

    private RoamvaultClientException login(String pin, NetworkSwitch network) {
        return catchThrowableOfType(RoamvaultClientException.class,
                () -> PhoneHttp.shared().connect(server.uri().toString(), pin, network).mobile().login(WRONG));
    }

    private static String code(RoamvaultClientException e) {
        return PhoneServerErrors.code(e);
    }

    @Test
    void thePinnedServerAnswers() {
        RoamvaultClientException e = login(server.pin(), new NetworkSwitch(mitm::endpoint));
        assertThat(code(e)).as(e.getMessage()).isEqualTo("invalid_credentials");
    }

    @Test
    void aWrongPinIsRefusedAsPinMismatch() {
        String otherPin = "sha256/" + Base64.getEncoder().encodeToString(new byte[32]);
        RoamvaultClientException e = login(otherPin, new NetworkSwitch(mitm::endpoint));
        assertThat(code(e)).isEqualTo(PhoneServerErrors.PIN_MISMATCH);
        assertThat(PhoneServerErrors.message(e)).contains("man-in-the-middle");
    }

    @Test
    void aManInTheMiddleIsRefusedBeforeAnyCredentialIsSent() {
        NetworkSwitch network = new NetworkSwitch(mitm::endpoint);
        network.set(NetworkMode.MITM);
        long refusedBefore = mitm.refusedHandshakes();
        assertThat(code(login(server.pin(), network))).isEqualTo(PhoneServerErrors.PIN_MISMATCH);
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
        RoamvaultClientException e = login(server.pin(), network);
        assertThat(code(e)).isEqualTo(PhoneServerErrors.NETWORK_UNAVAILABLE);
        assertThat(PhoneServerErrors.unreachable(e)).isTrue();
    }

    @Test
    void flakyWithASeedFailsAShareOfCallsRepeatably() {
        int[] failures = new int[2];
        for (int run = 0; run < 2; run++) {
            NetworkSwitch network = new NetworkSwitch(mitm::endpoint);
            network.flaky(0.5, 42L);
            for (int i = 0; i < 20; i++) {
                if (code(login(server.pin(), network)).equals(PhoneServerErrors.NETWORK_UNAVAILABLE)) {
                    failures[run]++;
                }
            }
        }
        assertThat(failures[0]).isBetween(4, 16).isEqualTo(failures[1]);
    }
}
