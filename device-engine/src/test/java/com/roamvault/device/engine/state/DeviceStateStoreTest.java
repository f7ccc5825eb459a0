package com.roamvault.device.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.storage.TamperedDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceStateStoreTest {
    private static final String TOKEN = "rvt_secret-access-token-0123456789";

    @TempDir
    Path folder;
    private SimulatedKeystore keystore;
    private DeviceStateStore store;

    @BeforeEach
    void newStore() {
        keystore = SimulatedKeystore.open(folder);
        store = new DeviceStateStore(folder, keystore.deviceKey());
    }

    static DeviceState lockedPhone() {
        return DeviceState.NEW.toBuilder()
                .lifecycle(Lifecycle.LOCKED)
                .serverUrl("https://127.0.0.1:8443")
                .pin("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .username("CORP\\qa1")
                .deviceName("phone")
                .platform("android")
                .deviceId("3f1c7c9e-0000-4000-8000-000000000001")
                .accessToken(TOKEN, TestPhones.START.plus(Duration.ofHours(8)))
                .clockOffset(Duration.ofDays(3).plusMillis(250))
                .lockReason(LockReason.OFFLINE_LIMIT)
                .consecutiveFailedUnlocks(4)
                .latestDeviceTimeSeen(Instant.parse("2026-03-04T09:00:00Z"))
                .build();
    }

    @Test
    void aNewDeviceStartsUnpaired() {
        assertThat(store.current()).isEqualTo(DeviceState.NEW);
        assertThat(store.current().lifecycle()).isEqualTo(Lifecycle.UNPAIRED);
    }

    @Test
    void everyFieldSurvivesARestart() {
        store.save(lockedPhone());
        DeviceStateStore reloaded = new DeviceStateStore(folder, SimulatedKeystore.open(folder).deviceKey());
        assertThat(reloaded.current()).isEqualTo(lockedPhone());
    }

    @Test
    void updateAppliesAChangeAndSavesIt() {
        store.save(lockedPhone());
        store.update(s -> s.toBuilder().lifecycle(Lifecycle.WIPED).wipeReason(WipeReason.FAILED_ATTEMPTS)
                .consecutiveFailedUnlocks(0).build());
        DeviceState reloaded = new DeviceStateStore(folder, keystore.deviceKey()).current();
        assertThat(reloaded.lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(reloaded.wipeReason()).isEqualTo(WipeReason.FAILED_ATTEMPTS);
    }

    @Test
    void theAccessTokenIsEncryptedOnDiskAndHiddenInToString() throws Exception {
        store.save(lockedPhone());
        String json = Files.readString(folder.resolve(DeviceStateStore.FILE));
        assertThat(json).doesNotContain(TOKEN).contains("CORP\\\\qa1").contains("offline_limit");
        assertThat(lockedPhone().toString()).doesNotContain(TOKEN);
    }

    @Test
    void anEditedValueIsDetectedAsTampering() throws Exception {
        store.save(lockedPhone());
        Path file = folder.resolve(DeviceStateStore.FILE);
        Files.writeString(file, Files.readString(file).replace("\"consecutiveFailedUnlocks\":4",
                "\"consecutiveFailedUnlocks\":0"));
        DeviceStateStore reloaded = new DeviceStateStore(folder, keystore.deviceKey());
        assertThatThrownBy(reloaded::current).isInstanceOf(TamperedDataException.class)
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo("cache_tampered"));
    }

    /** Repeated: the token's nonce and so the file's bytes differ on every save. */
    @RepeatedTest(5)
    void everyChangedByteIsDetected() throws Exception {
        store.save(lockedPhone());
        Path file = folder.resolve(DeviceStateStore.FILE);
        byte[] original = Files.readAllBytes(file);
        for (int i = 0; i < original.length; i++) {
            for (int mask : new int[] {0x01, 0x80}) {
                byte[] changed = original.clone();
                changed[i] ^= (byte) mask;
                Files.write(file, changed);
                DeviceStateStore reloaded = new DeviceStateStore(folder, keystore.deviceKey());
                int position = i;
                assertThatThrownBy(reloaded::current).as("byte %d mask %x", position, mask)
                        .isInstanceOf(TamperedDataException.class);
            }
        }
    }

    @Test
    void aFileSignedByAnotherPhoneIsTampered(@TempDir Path otherPhone) throws Exception {
        store.save(lockedPhone());
        Files.copy(folder.resolve(DeviceStateStore.FILE), otherPhone.resolve(DeviceStateStore.FILE));
        DeviceStateStore other = new DeviceStateStore(otherPhone, SimulatedKeystore.open(otherPhone).deviceKey());
        assertThatThrownBy(other::current).isInstanceOf(TamperedDataException.class);
    }

    @Test
    void anUnlockedDeviceComesBackLockedAfterARestart() {
        DeviceState unlocked = lockedPhone().toBuilder().lifecycle(Lifecycle.UNLOCKED).lockReason(null).build();
        assertThat(unlocked.restored().lifecycle()).isEqualTo(Lifecycle.LOCKED);
        assertThat(unlocked.restored().lockReason()).isEqualTo(LockReason.AUTO);
        assertThat(lockedPhone().restored()).isEqualTo(lockedPhone());
    }
}
