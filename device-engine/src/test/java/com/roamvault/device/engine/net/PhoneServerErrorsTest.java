package com.roamvault.device.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.RoamvaultClientException.Kind;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The typed client's failures keep the phone's own codes; the switch also routes the first handshake. */
class PhoneServerErrorsTest {
    private static RoamvaultClientException local(Kind kind, String code) {
        return RoamvaultClientException.local(kind, code, "what happened");
    }

    @Test
    void noAnswerOfAnyKindIsThePhonesNetworkUnavailable() {
        for (RoamvaultClientException e : List.of(
                local(Kind.NETWORK_UNAVAILABLE, RoamvaultClientException.NETWORK_UNAVAILABLE),
                local(Kind.TIMEOUT, RoamvaultClientException.TIMEOUT),
                local(Kind.PROTOCOL, RoamvaultClientException.PROTOCOL_ERROR))) {
            assertThat(PhoneServerErrors.code(e)).as(e.kind().name()).isEqualTo("network_unavailable");
            assertThat(PhoneServerErrors.unreachable(e)).isTrue();
        }
    }

    @Test
    void aForeignKeyIsAPinMismatchThatSaysNothingWasSent() {
        RoamvaultClientException e = local(Kind.PIN_MISMATCH, RoamvaultClientException.PIN_MISMATCH);
        assertThat(PhoneServerErrors.code(e)).isEqualTo("pin_mismatch");
        assertThat(PhoneServerErrors.message(e)).contains("man-in-the-middle", "Nothing was sent");
        assertThat(PhoneServerErrors.unreachable(e)).isTrue();
    }

    @Test
    void theServersCodesPassThrough() {
        RoamvaultClientException e = new RoamvaultClientException(Kind.API, "device_revoked", 403, "revoked", null,
                null, null);
        assertThat(PhoneServerErrors.code(e)).isEqualTo("device_revoked");
        assertThat(PhoneServerErrors.message(e)).isEqualTo("revoked");
        assertThat(PhoneServerErrors.unreachable(e)).isFalse();
    }

    @Test
    void theFirstHandshakeGoesThroughTheSimulatedNetwork() throws Exception {
        HttpUrl server = HttpUrl.get("https://127.0.0.1:8443/");
        HttpUrl mitm = HttpUrl.get("https://127.0.0.1:9999/");
        NetworkSwitch network = new NetworkSwitch(() -> mitm);
        assertThat(network.handshakeTarget(server)).isEqualTo(server);
        network.flaky(0.5, 1L);
        assertThat(network.handshakeTarget(server)).isEqualTo(server);
        network.set(NetworkMode.MITM);
        assertThat(network.handshakeTarget(server)).isEqualTo(mitm);
        network.set(NetworkMode.OFFLINE);
        assertThatThrownBy(() -> network.handshakeTarget(server))
                .isInstanceOf(NetworkSwitch.NetworkUnavailableException.class);
    }
}
