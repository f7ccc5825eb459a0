package com.roamvault.device.engine.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.roamvault.protocol.pairing.PairingUri;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A photo of the console's pairing QR code must always pair: every code, not most of them. */
class QrPairingCodeTest {

    @Test
    void everyPairingCodeRenderedAsAQrImageReadsBackExactly() throws Exception {
        Random random = new Random(20261128);
        for (int i = 0; i < 300; i++) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            String code = new PairingUri(URI.create("https://127.0.0.1:" + (1024 + random.nextInt(60000))),
                    "sha256/" + Base64.getEncoder().encodeToString(key), "CORP\\user" + random.nextInt(10_000))
                    .format();

            assertThat(QrPairingCode.read(new ByteArrayInputStream(png(code, 200 + random.nextInt(400)))))
                    .as("code %d: %s", i, code).isEqualTo(code);
        }
    }

    @Test
    void anImageWithoutACodeOrNotAnImageAtAllIsAClearError() {
        assertThatThrownBy(() -> QrPairingCode.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class).hasMessageContaining("Not an image");
    }

    private static byte[] png(String text, int size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size), "png", out);
        return out.toByteArray();
    }
}
