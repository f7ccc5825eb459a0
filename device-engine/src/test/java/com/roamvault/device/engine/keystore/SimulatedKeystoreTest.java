package com.roamvault.device.engine.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.crypto.AuthenticationFailedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedKeystoreTest {
    @TempDir
    Path folder;

    @Test
    void keysSurviveReopeningTheFolder() {
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        byte[] sealed = keystore.deviceKey().encrypt("journal".getBytes(StandardCharsets.UTF_8), null);

        SimulatedKeystore reopened = SimulatedKeystore.open(folder);
        assertThat(reopened.exists(SimulatedKeystore.DEVICE_KEY)).isTrue();
        assertThat(new String(reopened.deviceKey().decrypt(sealed, null), StandardCharsets.UTF_8)).isEqualTo("journal");
    }

    @Test
    void theKeystoreFileIsOwnerOnly() throws Exception {
        SimulatedKeystore.open(folder).deviceKey();
        assertThat(Files.getPosixFilePermissions(folder.resolve(SimulatedKeystore.FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aKeyRequiringAuthenticationCannotBeUsedDirectly() {
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        keystore.generate(SimulatedKeystore.BIOMETRIC_KEY, true);
        assertThat(keystore.requiresUserAuthentication(SimulatedKeystore.BIOMETRIC_KEY)).isTrue();
        assertThatThrownBy(() -> keystore.key(SimulatedKeystore.BIOMETRIC_KEY))
                .isInstanceOf(UserNotAuthenticatedException.class);
    }

    @Test
    void onlyOneSensorMayConnect() {
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        keystore.connectSensor();
        assertThatThrownBy(keystore::connectSensor).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeletedOrRegeneratedKeyNoLongerOpensWhatItSealed() {
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        keystore.generate("other", false);
        KeystoreKey key = keystore.key("other");
        byte[] sealed = key.encrypt(new byte[] {1, 2, 3}, null);

        keystore.generate("other", false);
        assertThatThrownBy(() -> key.decrypt(sealed, null)).isInstanceOf(AuthenticationFailedException.class);
        keystore.delete("other");
        assertThat(keystore.exists("other")).isFalse();
        assertThatThrownBy(() -> key.decrypt(sealed, null)).isInstanceOf(KeyPermanentlyInvalidatedException.class);
    }

    @Test
    void macsVerifyOnlyTheBytesTheyCover() {
        KeystoreKey key = SimulatedKeystore.open(folder).deviceKey();
        byte[] data = "device.json".getBytes(StandardCharsets.UTF_8);
        byte[] mac = key.mac(data);
        assertThat(key.verifyMac(data, mac)).isTrue();
        data[0] ^= 1;
        assertThat(key.verifyMac(data, mac)).isFalse();
    }
}
