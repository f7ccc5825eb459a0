package com.roamvault.server.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.pairing.PairingUri;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PairingCodeApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    @Test
    void uriNamesThisServerItsPinAndTheUser() {
        String username = "CORP\\" + AdminTestSupport.unique("j smith&co");
        long id = fixtures.user(username, null);
        Http.Reply reply = server.admin().get("/api/admin/v1/users/" + id + "/pairing-code");
        assertThat(reply.status()).isEqualTo(200);
        PairingCode code = reply.as(PairingCode.class);
        assertThat(code.uri()).startsWith("roamvault://pair?");

        PairingUri parsed = PairingUri.parse(code.uri());
        assertThat(parsed.pin()).isEqualTo(server.server().pin());
        assertThat(parsed.pin()).isEqualTo(server.admin().get("/api/admin/v1/server").json().get("pin").asText());
        assertThat(parsed.user()).isEqualTo(username);
        assertThat(parsed.server()).isEqualTo(URI.create(server.server().url()));
        assertThat(parsed.server().getPort()).isEqualTo(server.server().port());
    }

    @Test
    void qrImageIsAPngThatDecodesToTheSameUri() throws Exception {
        long id = fixtures.user(AdminTestSupport.unique("qr-user"), null);
        PairingCode code = server.admin().get("/api/admin/v1/users/" + id + "/pairing-code").as(PairingCode.class);
        byte[] png = Base64.getDecoder().decode(code.qrPng());
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(200);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(code.uri());
    }

    @Test
    void unknownUserIsNotFound() {
        Http.Reply reply = server.admin().get("/api/admin/v1/users/987654321/pairing-code");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("not_found");
    }
}
