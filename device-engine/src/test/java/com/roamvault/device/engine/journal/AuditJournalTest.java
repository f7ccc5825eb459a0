package com.roamvault.device.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.cache.OfflineCache;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.storage.TamperedDataException;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditJournalTest {
    @TempDir
    Path folder;
    private DeviceClock clock;
    private SimulatedKeystore keystore;
    private AuditJournal journal;

    @BeforeEach
    void newJournal() {
        clock = TestPhones.stoppedClock();
        keystore = SimulatedKeystore.open(folder);
        journal = new AuditJournal(folder, keystore.deviceKey(), clock);
    }

    @Test
    void eventsCarryAStableIdDeviceTimeAndTheirFields() {
        clock.advance(Duration.ofHours(2));
        AuditUploadEvent e = journal.record(AuditActions.PASSWORD_REVEALED, true, 42L, 3L, Origin.OFFLINE, null);
        assertThat(e.id()).matches("[0-9a-f-]{36}");
        assertThat(e.occurredAt()).isEqualTo(TestPhones.START.plus(Duration.ofHours(2)));
        assertThat(e).extracting(AuditUploadEvent::action, AuditUploadEvent::result, AuditUploadEvent::recordId,
                AuditUploadEvent::listId, AuditUploadEvent::origin)
                .containsExactly("PASSWORD_REVEALED", "success", 42L, 3L, "offline");
        assertThat(journal.pending()).containsExactly(e);
    }

    @Test
    void onlyPhoneActionsAreJournaled() {
        assertThatThrownBy(() -> journal.record(AuditActions.SETTINGS_CHANGED, true, null, null, Origin.ONLINE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a phone action");
    }

    @Test
    void acknowledgeRemovesOnlyTheAcknowledgedIdsAndKeepsTheOrder() {
        List<AuditUploadEvent> events = recordSome(5);
        assertThat(journal.acknowledge(List.of(events.get(1).id(), events.get(3).id(), "unknown-id"))).isEqualTo(2);
        assertThat(journal.pending()).containsExactly(events.get(0), events.get(2), events.get(4));
        assertThat(journal.uploadedCount()).isEqualTo(2);
        assertThat(journal.pendingCount()).isEqualTo(3);
    }

    @Test
    void aFailedUploadResentLaterSendsTheSameEventsOnceAcknowledgedOnce() {
        recordSome(3);
        List<AuditUploadEvent> firstTry = journal.nextBatch();
        // the upload failed: nothing acknowledged, a new action happens meanwhile
        journal.record(AuditActions.CACHE_LOCKED, true, null, null, Origin.OFFLINE, "reason=user");
        List<AuditUploadEvent> retry = journal.nextBatch();
        assertThat(retry).startsWith(firstTry.toArray(AuditUploadEvent[]::new)).hasSize(4);

        assertThat(journal.acknowledge(ids(retry))).isEqualTo(4);
        assertThat(journal.acknowledge(ids(retry))).isZero();
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.uploadedCount()).isEqualTo(4);
    }

    @Test
    void batchesHoldAtMostOneThousandOldestFirst() {
        List<AuditUploadEvent> events = recordSome(1001);
        assertThat(journal.nextBatch()).hasSize(1000).first().isEqualTo(events.get(0));
        journal.acknowledge(ids(journal.nextBatch()));
        assertThat(journal.nextBatch()).containsExactly(events.get(1000));
    }

    @Test
    void theJournalSurvivesARestartAndACacheWipe() {
        BiometricSensor sensor = new BiometricSensor(folder, keystore, clock);
        OfflineCache cache = new OfflineCache(folder, keystore, TestPhones.fastKdf());
        cache.create("qa1-orbit-lantern-quartz-97".toCharArray(), TestPhones.contents(2), sensor).close();
        List<AuditUploadEvent> events = recordSome(3);
        journal.acknowledge(List.of(events.get(0).id()));

        cache.wipe();
        journal.record(AuditActions.CACHE_WIPED, true, null, null, Origin.OFFLINE, "reason=expired");

        AuditJournal reloaded = new AuditJournal(folder, SimulatedKeystore.open(folder).deviceKey(), clock);
        assertThat(reloaded.pending()).hasSize(3).startsWith(events.get(1), events.get(2));
        assertThat(reloaded.pending().get(2).detail()).isEqualTo("reason=expired");
        assertThat(reloaded.uploadedCount()).isEqualTo(1);
    }

    @Test
    void theFileIsUnreadableWithoutTheDeviceKey(@TempDir Path otherPhone) throws Exception {
        journal.record(AuditActions.CACHE_UNLOCK_FAILED, false, null, null, Origin.OFFLINE, "method=master");
        byte[] raw = Files.readAllBytes(folder.resolve(AuditJournal.FILE));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                .doesNotContain("CACHE_UNLOCK_FAILED").doesNotContain("method=master");

        Files.write(otherPhone.resolve(AuditJournal.FILE), raw);
        assertThatThrownBy(() -> new AuditJournal(otherPhone, SimulatedKeystore.open(otherPhone).deviceKey(), clock))
                .isInstanceOf(TamperedDataException.class);
    }

    @Test
    void aChangedByteIsDetected() throws Exception {
        recordSome(2);
        Path file = folder.resolve(AuditJournal.FILE);
        byte[] raw = Files.readAllBytes(file);
        raw[raw.length / 2] ^= 0x20;
        Files.write(file, raw);
        assertThatThrownBy(() -> new AuditJournal(folder, keystore.deviceKey(), clock))
                .isInstanceOf(TamperedDataException.class);
    }

    private List<AuditUploadEvent> recordSome(int n) {
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofSeconds(1));
            journal.record(AuditActions.RECORD_VIEWED, true, (long) i, 1L, Origin.OFFLINE, null);
        }
        return journal.pending();
    }

    private static List<String> ids(List<AuditUploadEvent> events) {
        return events.stream().map(AuditUploadEvent::id).toList();
    }
}
