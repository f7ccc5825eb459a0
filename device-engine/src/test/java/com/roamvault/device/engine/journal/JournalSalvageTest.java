package com.roamvault.device.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.storage.TamperedDataException;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged journal.bin is always detected, and salvaging it keeps exactly the events before the damage. */
class JournalSalvageTest {
    private static final int HEADER = 8 + 16;

    @TempDir
    Path folder;
    private DeviceClock clock;
    private SimulatedKeystore keystore;
    private List<AuditUploadEvent> events;
    private byte[] original;

    @BeforeEach
    void fourEvents() throws Exception {
        clock = TestPhones.stoppedClock();
        keystore = SimulatedKeystore.open(folder);
        AuditJournal journal = new AuditJournal(folder, keystore.deviceKey(), clock);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            journal.record(AuditActions.PASSWORD_REVEALED, true, (long) i, 1L, Origin.OFFLINE, "n=" + i);
        }
        events = journal.pending();
        original = Files.readAllBytes(file());
    }

    @Test
    void everyFlippedByteIsDetectedAndTheEventsBeforeItsFrameAreKept() throws Exception {
        List<Integer> frameEnds = frameEnds(original);
        assertThat(frameEnds).hasSize(5);
        for (int at = 0; at < original.length; at++) {
            byte[] changed = original.clone();
            changed[at] ^= 0x01;
            Files.write(file(), changed);
            assertThatThrownBy(() -> new AuditJournal(folder, keystore.deviceKey(), clock))
                    .as("flip at %d", at).isInstanceOf(TamperedDataException.class);
            int expected = at < HEADER ? 0 : framesEndingBy(frameEnds, at, 4);
            assertThat(AuditJournal.salvage(folder, keystore.deviceKey(), clock).pending())
                    .as("kept after a flip at %d", at).containsExactlyElementsOf(events.subList(0, expected));
        }
    }

    @Test
    void everyTruncationIsDetectedAndKeepsTheCompleteEvents() throws Exception {
        List<Integer> frameEnds = frameEnds(original);
        for (int length = 0; length < original.length; length++) {
            Files.write(file(), Arrays.copyOf(original, length));
            assertThatThrownBy(() -> new AuditJournal(folder, keystore.deviceKey(), clock))
                    .as("cut to %d", length).isInstanceOf(TamperedDataException.class);
            int expected = framesEndingBy(frameEnds, length, 4);
            assertThat(AuditJournal.salvage(folder, keystore.deviceKey(), clock).pending())
                    .as("kept after a cut to %d", length).containsExactlyElementsOf(events.subList(0, expected));
        }
    }

    @Test
    void aSalvagedJournalIsWholeAgainAndTakesNewEvents() throws Exception {
        byte[] changed = original.clone();
        changed[frameEnds(original).get(2) - 3] ^= 0x40;
        Files.write(file(), changed);
        AuditJournal salvaged = AuditJournal.salvage(folder, keystore.deviceKey(), clock);
        salvaged.record(AuditActions.CACHE_WIPED, true, null, null, Origin.OFFLINE, "reason=tampered");

        List<AuditUploadEvent> reloaded = new AuditJournal(folder, keystore.deviceKey(), clock).pending();
        assertThat(reloaded).hasSize(3).startsWith(events.get(0), events.get(1));
        assertThat(reloaded.get(2).detail()).isEqualTo("reason=tampered");
    }

    @Test
    void aFormatOneJournalIsStillRead() throws Exception {
        byte[] json = Json.mapper().writeValueAsBytes(Map.of("format", 1, "uploaded", 7, "pending", events));
        Files.write(file(), keystore.deviceKey().encrypt(json,
                "roamvault audit journal v1".getBytes(StandardCharsets.UTF_8)));
        AuditJournal journal = new AuditJournal(folder, keystore.deviceKey(), clock);
        assertThat(journal.pending()).containsExactlyElementsOf(events);
        assertThat(journal.uploadedCount()).isEqualTo(7);
    }

    /** How many of the first {@code events} frames lie wholly before byte {@code limit}. */
    private static int framesEndingBy(List<Integer> frameEnds, int limit, int events) {
        int n = 0;
        while (n < events && frameEnds.get(n) <= limit) {
            n++;
        }
        return n;
    }

    /** Where each frame ends, read from the layout alone (length prefixes), as an attacker could. */
    private static List<Integer> frameEnds(byte[] raw) {
        List<Integer> ends = new ArrayList<>();
        for (int at = HEADER; at < raw.length; ) {
            at += Integer.BYTES + ByteBuffer.wrap(raw, at, Integer.BYTES).getInt();
            ends.add(at);
        }
        return ends;
    }

    private Path file() {
        return folder.resolve(AuditJournal.FILE);
    }
}
