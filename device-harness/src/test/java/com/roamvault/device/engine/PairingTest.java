package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pairing from the admin console's code: the URI, or the QR image of it. */
class PairingTest {
    static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void pairsFromTheQrImageTheServerMakes() throws Exception {
        Lab.TestUser user = lab.user(1);
        String png = lab.admin().users().pairingCode(user.userId()).qrPng();
        Path image = Files.createTempFile("pairing", ".png");
        Files.write(image, Base64.getDecoder().decode(png));
        Device phone = lab.device("qr");
        phone.pairFromQrImage(image);
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.PAIRED);
        assertThat(phone.snapshot().pin()).isEqualTo(lab.server().pin());
        phone.login(user.password());
        assertThat(phone.records()).hasSize(1);
    }

    @Test
    void aPictureWithoutACodeOrABadUriIsAClearError() throws Exception {
        Device phone = lab.device("bad-qr");
        Path notImage = Files.createTempFile("not", ".png");
        Files.writeString(notImage, "hello");
        assertThatThrownBy(() -> phone.pairFromQrImage(notImage)).isInstanceOf(DeviceException.class)
                .hasMessageContaining("Not an image");
        assertThatThrownBy(() -> phone.pair("https://evil.example/pair")).isInstanceOf(DeviceException.class)
                .hasMessageContaining("roamvault://pair?");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNPAIRED);
    }
}
