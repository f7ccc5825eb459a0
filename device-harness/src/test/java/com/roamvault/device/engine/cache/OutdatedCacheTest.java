package com.roamvault.device.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.DataKey;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.storage.AtomicFile;
import com.roamvault.device.support.Lab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cache written before record versions, OTP secrets and edits (format 1) never crashes the
 * phone: it stays locked with {@code no_cache} offline, and an online unlock downloads it again.
 */
class OutdatedCacheTest {
    /** The contents as the older app wrote them: records without version/otpUri, lists without canEdit. */
    private static final String OLD_CONTENTS = "{\"username\":\"CORP\\\\old\",\"lists\":[{\"listId\":1,\"name\":\"L\"}],"
            + "\"records\":[{\"recordId\":1,\"listId\":1,\"title\":\"t\",\"password\":\"p\"}]}";
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
    void anOlderCacheAsksForAnOnlineUnlockAndIsRebuiltByIt() throws Exception {
        Lab.TestUser user = lab.user(2);
        Path folder = Files.createTempDirectory("rv-outdated");
        Device phone = lab.device("outdated", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        phone.lock();
        phone.close();
        writeOutdated(folder, user.password());

        Device again = lab.device("outdated", folder);
        again.qa().setNetwork(NetworkMode.OFFLINE);
        assertThatThrownBy(() -> again.unlockWithPassword(user.password())).isInstanceOf(DeviceException.class)
                .extracting(e -> ((DeviceException) e).code()).isEqualTo("no_cache");
        assertThat(again.snapshot().lifecycle()).isEqualTo(Lifecycle.LOCKED);
        assertThatThrownBy(() -> again.unlockWithPassword("not-the-password-1")).isInstanceOf(DeviceException.class)
                .extracting(e -> ((DeviceException) e).code()).isEqualTo("wrong_master_password");

        again.qa().setNetwork(NetworkMode.ONLINE);
        again.unlockWithPassword(user.password());
        assertThat(again.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(again.records()).hasSize(2).allSatisfy(r -> assertThat(r.version()).isPositive());
    }

    /** Rewrites cache.bin in the older format with the older contents' shape, under the same password. */
    private static void writeOutdated(Path folder, String password) {
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        OfflineCache cache = new OfflineCache(folder, keystore, Argon2Kdf.insecureForTests(Lab.TEST_KDF));
        CacheTerms terms = cache.terms();
        DataKey key = DataKey.generate();
        CacheHeader current = cache.passwordProtectedHeader(password.toCharArray(), key, terms);
        CacheHeader old = new CacheHeader(CacheHeader.OUTDATED_FORMAT, current.kdf(), current.passwordWrappedKey(),
                null, terms);
        byte[] raw = new CacheFileFormat(cache.file(), keystore.deviceKey())
                .encodeJson(old, key, OLD_CONTENTS.getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(cache.file(), raw);
    }
}
