package com.roamvault.device.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.DataKey;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.protocol.Json;
import com.roamvault.device.engine.edit.PhoneConflict;
import com.roamvault.device.engine.edit.QueuedEdit;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineCacheTest {
    private static final char[] PASSWORD = "qa1-orbit-lantern-quartz-97".toCharArray();
    private static final char[] NEW_PASSWORD = "qa1-comet-harbour-violet-42".toCharArray();

    @TempDir
    Path folder;
    private SimulatedKeystore keystore;
    private BiometricSensor sensor;
    private OfflineCache cache;
    private final CacheContents contents = TestPhones.contents(25);

    @BeforeEach
    void phoneWithOneFinger() {
        DeviceClock clock = TestPhones.stoppedClock();
        keystore = SimulatedKeystore.open(folder);
        sensor = new BiometricSensor(folder, keystore, clock);
        sensor.enroll("right-thumb");
        cache = new OfflineCache(folder, keystore, TestPhones.fastKdf());
    }

    @Test
    void whatIsSealedWithThePasswordOpensWithIt() {
        cache.create(PASSWORD, contents, sensor).close();
        UnlockedCache open = cache.openWithPassword(PASSWORD);
        assertThat(open.contents()).isEqualTo(contents);
        assertThat(cache.lastKdfTime()).isPresent();
    }

    @Test
    void theFileRevealsNoRecordData() throws Exception {
        cache.create(PASSWORD, contents, sensor).close();
        String raw = new String(Files.readAllBytes(cache.file()), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Router 1").doesNotContain("pw-1-orbit").doesNotContain("router1.corp");
    }

    @Test
    void queuedEditsAndConflictsAreSealedWithTheRestAndComeBackWhole() throws Exception {
        RecordDto first = contents.records().getFirst();
        RecordChanges typed = new RecordChanges(null, null, "Typed-Queue-Value-913", null, "queued note 913", null);
        QueuedEdit edit = new QueuedEdit("edit-1", first.recordId(), first.title(), first.version(),
                java.time.Instant.EPOCH, "offline", typed);
        PhoneConflict conflict = new PhoneConflict("edit-0", first.recordId(), first.title(),
                new RecordChanges(null, null, "Conflict-Mine-913", null, null, null), first, java.time.Instant.EPOCH);
        CacheContents withQueue = contents.withEdits(List.of(edit), List.of(conflict));
        cache.create(PASSWORD, withQueue, sensor).close();
        String raw = new String(Files.readAllBytes(cache.file()), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Typed-Queue-Value-913").doesNotContain("queued note")
                .doesNotContain("Conflict-Mine-913").doesNotContain("edit-1");
        CacheContents back = cache.openWithPassword(PASSWORD).contents();
        assertThat(back.pendingEdits()).containsExactly(edit);
        assertThat(back.conflicts()).containsExactly(conflict);
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() {
        cache.create(PASSWORD, contents, sensor).close();
        expectCode(() -> cache.openWithPassword("qa1-orbit-lantern-quartz-98".toCharArray()), "wrong_master_password");
    }

    @Test
    void withoutACacheFileTheCodeIsNoCache() {
        expectCode(() -> cache.openWithPassword(PASSWORD), "no_cache");
        expectCode(cache::terms, "no_cache");
    }

    @Test
    void aFingerMatchOpensTheSameContents() {
        cache.create(PASSWORD, contents, sensor).close();
        UnlockedCache open = cache.openWithBiometric(sensor.authenticate("right-thumb"));
        assertThat(open.contents()).isEqualTo(contents);
        assertThat(open.biometricArmed()).isTrue();
    }

    @Test
    void anEnrollmentChangeInvalidatesFingerUnlockAndAMasterUnlockReArmsIt() {
        cache.create(PASSWORD, contents, sensor).close();
        sensor.enroll("left-index");
        assertThat(sensor.state()).isEqualTo(BiometricState.INVALIDATED);
        expectCode(() -> cache.openWithBiometric(sensor.authenticate("right-thumb")), "biometric_invalidated");

        UnlockedCache open = cache.openWithPassword(PASSWORD);
        sensor.resetAfterMasterUnlock();
        open.armBiometric(sensor);
        open.close();

        assertThat(sensor.state()).isEqualTo(BiometricState.ARMED);
        assertThat(cache.openWithBiometric(sensor.authenticate("left-index")).contents()).isEqualTo(contents);
    }

    @Test
    void aCacheMadeWithoutBiometricsCannotBeOpenedByFinger() {
        cache.create(PASSWORD, contents, null).close();
        assertThat(cache.biometricWrapped()).isFalse();
        sensor.arm(DataKey.generate().secretKey());
        expectCode(() -> cache.openWithBiometric(sensor.authenticate("right-thumb")), "biometric_invalidated");
    }

    @Test
    void disarmingRemovesFingerUnlockFromTheFile() {
        UnlockedCache open = cache.create(PASSWORD, contents, sensor);
        open.disarmBiometric();
        assertThat(cache.biometricWrapped()).isFalse();
        expectCode(() -> cache.openWithBiometric(sensor.authenticate("right-thumb")), "biometric_invalidated");
    }

    @Test
    void reKeyingMakesTheOldPasswordFailTheNewOneWorkAndKeepsFingerUnlock() {
        UnlockedCache open = cache.create(PASSWORD, contents, sensor);
        open.changePassword(NEW_PASSWORD, sensor);
        open.close();

        expectCode(() -> cache.openWithPassword(PASSWORD), "wrong_master_password");
        assertThat(cache.openWithPassword(NEW_PASSWORD).contents()).isEqualTo(contents);
        assertThat(cache.openWithBiometric(sensor.authenticate("right-thumb")).contents()).isEqualTo(contents);
    }

    @Test
    void sealWritesUpdatedContentsUnderTheOpenKey() {
        UnlockedCache open = cache.create(PASSWORD, contents, sensor);
        RecordDto extra = new RecordDto(9999, 1, "Firewall", "root", "fw-secret", null, null, null, TestPhones.START, 0, null);
        List<RecordDto> records = new ArrayList<>(contents.records());
        records.add(extra);
        open.seal(contents.withRecords(records));
        open.close();

        assertThat(cache.openWithPassword(PASSWORD).contents().records()).hasSize(26).contains(extra);
        assertThat(cache.openWithBiometric(sensor.authenticate("right-thumb")).contents().records()).contains(extra);
    }

    @Test
    void theTermsAreReadableWhileLocked() {
        cache.create(PASSWORD, contents, sensor).close();
        CacheTerms terms = cache.terms();
        assertThat(terms.username()).isEqualTo("CORP\\qa1");
        assertThat(terms.lastSyncDeviceTime()).isEqualTo(TestPhones.START);
        assertThat(terms.policy().offlineCacheDays()).isEqualTo(14);
        assertThat(terms.leaseExpiresAt()).isEqualTo(contents.lease().expiresAt());
    }

    @Test
    void wipingDeletesTheFileAndTheBiometricKeyAndLocksTheSession() {
        UnlockedCache open = cache.create(PASSWORD, contents, sensor);
        cache.wipe();
        assertThat(Files.exists(cache.file())).isFalse();
        assertThat(keystore.exists(SimulatedKeystore.BIOMETRIC_KEY)).isFalse();
        assertThat(keystore.exists(SimulatedKeystore.DEVICE_KEY)).isTrue();
        expectCode(open::contents, "cache_locked");
        expectCode(() -> open.seal(contents), "cache_locked");
        assertThat(Files.exists(cache.file())).isFalse();
    }

    @Test
    void anOpenSessionIsLockedWhenTheCacheIsOpenedAgain() {
        UnlockedCache first = cache.create(PASSWORD, contents, sensor);
        UnlockedCache second = cache.openWithPassword(PASSWORD);
        assertThat(first.isOpen()).isFalse();
        expectCode(() -> first.seal(contents.withRecords(List.of())), "cache_locked");
        assertThat(second.contents()).isEqualTo(contents);
    }

    @Test
    void aCacheCopiedToAnotherPhoneIsTampered(@TempDir Path otherFolder) throws Exception {
        cache.create(PASSWORD, contents, sensor).close();
        Files.copy(cache.file(), otherFolder.resolve(OfflineCache.FILE));
        OfflineCache other = new OfflineCache(otherFolder, SimulatedKeystore.open(otherFolder), TestPhones.fastKdf());
        assertThatThrownBy(() -> other.openWithPassword(PASSWORD)).isInstanceOf(CacheTamperedException.class);
    }

    @Test
    void aProductionPhoneRefusesACacheWithParametersBelowTheMinimum() {
        cache.create(PASSWORD, contents, sensor).close();
        OfflineCache production = new OfflineCache(folder, keystore, new Argon2Kdf());
        assertThatThrownBy(() -> production.openWithPassword(PASSWORD))
                .isInstanceOf(CacheTamperedException.class).hasMessageContaining("below the minimum");
    }

    @Test
    void aNewCacheUsesDesignMdsDefaultArgon2idParameters() throws Exception {
        OfflineCache production = new OfflineCache(folder, keystore, new Argon2Kdf());
        production.create(PASSWORD, contents, sensor).close();
        byte[] raw = Files.readAllBytes(production.file());
        int headerLength = ByteBuffer.wrap(raw, 8, 4).getInt();
        JsonNode kdf = Json.mapper().readTree(new String(raw, 12, headerLength, StandardCharsets.UTF_8)).get("kdf");
        assertThat(kdf.get("algorithm").asText()).isEqualTo("argon2id");
        assertThat(kdf.get("version").asInt()).isEqualTo(0x13);
        assertThat(kdf.get("memoryKiB").asInt()).isEqualTo(65536);
        assertThat(kdf.get("iterations").asInt()).isEqualTo(3);
        assertThat(kdf.get("parallelism").asInt()).isEqualTo(4);
        assertThat(Base64.getDecoder().decode(kdf.get("salt").asText())).hasSize(16);
        assertThat(production.openWithPassword(PASSWORD).contents()).isEqualTo(contents);
        assertThat(production.lastKdfTime()).hasValueSatisfying(t -> assertThat(t).isPositive());
    }

    private static void expectCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
