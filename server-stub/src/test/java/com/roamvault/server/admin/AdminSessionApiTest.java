package com.roamvault.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminSessionApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void serverInfoShowsThePinTheClientPinnedAndTheKeys() {
        Http.Reply reply = server.admin().get("/api/admin/v1/server");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("pin").asText()).isEqualTo(server.server().pin()).startsWith("sha256/");
        assertThat(reply.json().get("leaseKey").asText()).isNotBlank();
        assertThat(reply.json().get("systemApiKey").asText()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(reply.json().get("topology").asText()).isEqualTo("all-in-one");
        assertThat(reply.json().get("appServers").isArray()).isTrue();
        assertThat(reply.json().get("appServers")).isEmpty();
    }

    @Test
    void thePinComesAsAQrCodeThatDecodesToThePin() throws Exception {
        String qr = server.admin().get("/api/admin/v1/server").json().get("pinQrPng").asText();
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(qr))))))).getText();
        assertThat(decoded).isEqualTo(server.server().pin());
    }

    @Test
    void wrongAdminPasswordIsUniformInvalidCredentials() {
        Http.Reply wrong = server.client().post("/api/admin/v1/login", Map.of("username", "admin", "password", "nope-nope"));
        Http.Reply unknown = server.client().post("/api/admin/v1/login", Map.of("username", "ghost", "password", "nope-nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("invalid_credentials");
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void adminCallsWithoutOrWithForgedTokenAreUnauthorized() {
        assertThat(server.client().get("/api/admin/v1/server").error()).isEqualTo("unauthorized");
        assertThat(server.client().bearer("forged-token-forged-token-forged").get("/api/admin/v1/server").status())
                .isEqualTo(401);
    }

    @Test
    void unknownEndpointIsJsonNotFound() {
        Http.Reply reply = server.admin().get("/api/admin/v1/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("not_found");
    }
}
