package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.device.engine.storage.TamperedDataException;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phone whose files were damaged or left half-written by a crash: detection stays strict, and
 * the way out (wipe and sign in again) works, keeps what of the journal verifies and is audited.
 */
class TamperRecoveryTest {
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
    void aFlippedJournalByteIsReportedThenWipeAndReloginKeepsTheVerifiedEventsAndAuditsTheTampering()
            throws Exception {
        Lab.TestUser user = lab.user(3);
        Path folder = Files.createTempDirectory("rv-journal-flip");
        Device phone = lab.device("journal-flip", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        List<AuditUploadEvent> pending = offlineEvents(phone);
        phone.close();

        flip(folder.resolve("journal.bin"), -1);
        TamperedDataException refused = catchThrowableOfType(TamperedDataException.class,
                () -> lab.device("journal-flip", folder));
        assertThat(refused.code()).isEqualTo("cache_tampered");
        assertThat(refused.file().getFileName().toString()).isEqualTo("journal.bin");

        Device recovered = lab.recovered("journal-flip", folder);
        assertThat(recovered.snapshot().lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(recovered.snapshot().wipeReason()).isEqualTo(WipeReason.TAMPERED);
        assertThat(recovered.pendingAudit()).startsWith(pending.toArray(AuditUploadEvent[]::new))
                .hasSize(pending.size() + 1);
        assertThat(folder.resolve("cache.bin")).doesNotExist();

        recovered.login(user.password());
        assertThat(recovered.records()).hasSize(3);
        assertThat(recovered.pendingAudit()).isEmpty();
        assertThat(lab.audit(user.username(), "CACHE_WIPED", null)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("reason=tampered files=journal.bin"));
        List<String> onServer = lab.audit(user.username(), null, null).stream().map(AuditEvent::id).toList();
        assertThat(onServer).containsAll(pending.stream().map(AuditUploadEvent::id).toList());
    }

    @Test
    void aFlippedDeviceStateByteIsReportedThenThePhoneIsPairedAgainAndLogsIn() throws Exception {
        Lab.TestUser user = lab.user(2);
        Path folder = Files.createTempDirectory("rv-state-flip");
        Device phone = lab.device("state-flip", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        List<AuditUploadEvent> pending = offlineEvents(phone);
        phone.close();

        flip(folder.resolve("device.json"), 40);
        assertThat(catchThrowableOfType(DeviceException.class, () -> lab.device("state-flip", folder)).code())
                .isEqualTo("cache_tampered");

        Device recovered = lab.recovered("state-flip", folder);
        assertThat(recovered.snapshot().lifecycle()).as("an untrusted device.json keeps no server, no pin")
                .isEqualTo(Lifecycle.UNPAIRED);
        assertThat(recovered.snapshot().serverUrl()).isNull();
        recovered.pair(user.pairingCode());
        recovered.login(user.password());
        assertThat(recovered.records()).hasSize(2);
        assertThat(lab.audit(user.username(), "CACHE_WIPED", null)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("reason=tampered files=device.json"));
        List<String> onServer = lab.audit(user.username(), null, null).stream().map(AuditEvent::id).toList();
        assertThat(onServer).containsAll(pending.stream().map(AuditUploadEvent::id).toList());
    }

    @Test
    void aTamperedCacheOnARunningPhoneIsWipedOnRequestAndTheNextLoginRebuildsIt() throws Exception {
        Lab.TestUser user = lab.user(2);
        Path folder = Files.createTempDirectory("rv-cache-flip");
        Device phone = lab.device("cache-flip", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        flip(folder.resolve("cache.bin"), 100);
        assertThat(catchThrowableOfType(DeviceException.class, () -> phone.unlockWithPassword(user.password()))
                .code()).isEqualTo("cache_tampered");

        phone.wipeTampered();
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.TAMPERED);
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.login(user.password());
        assertThat(phone.records()).hasSize(2);
        assertThat(lab.audit(user.username(), "CACHE_WIPED", null)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("reason=tampered"));
    }

    @Test
    void crashLeftoversAreShreddedAtOpenAndAtWipeAndAfterAWipeNothingOpensWithThePassword() throws Exception {
        Lab.TestUser user = lab.user(4);
        Path folder = Files.createTempDirectory("rv-leftovers");
        Device phone = lab.device("leftovers", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        phone.view(phone.records().getFirst().recordId());
        phone.close();
        leaveFragments(folder);
        assertThat(Leftovers.in(folder)).hasSize(3);

        Device reopened = lab.device("leftovers", folder);
        assertThat(Leftovers.in(folder)).as("shredded at open").isEmpty();
        reopened.unlockWithPassword(user.password());
        String wrappedKey = wrappedKey(folder);
        byte[] lockedState = Files.readAllBytes(folder.resolve("device.json"));
        leaveFragments(folder);
        reopened.logout();

        assertThat(Leftovers.in(folder)).as("shredded at wipe").isEmpty();
        List<String> left;
        try (Stream<Path> files = Files.list(folder)) {
            left = files.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(left).contains("keystore.json", "device.json", "journal.bin")
                .isSubsetOf("keystore.json", "device.json", "journal.bin", "biometric.json");
        for (String name : left) {
            String bytes = new String(Files.readAllBytes(folder.resolve(name)), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(name).doesNotContain(wrappedKey).doesNotContain("RVCACHE");
            Path probe = Files.createTempDirectory("rv-probe");
            Files.copy(folder.resolve("keystore.json"), probe.resolve("keystore.json"));
            Files.write(probe.resolve("device.json"), lockedState);
            Files.copy(folder.resolve(name), probe.resolve("cache.bin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Device clone = lab.device("probe", probe);
            clone.qa().setNetwork(NetworkMode.OFFLINE);
            assertThat(catchThrowableOfType(DeviceException.class, () -> clone.unlockWithPassword(user.password())))
                    .as("%s as a cache", name).isNotNull();
            assertThat(clone.snapshot().records()).isZero();
        }
        reopened.login(user.password());
        assertThat(reopened.records()).hasSize(4);
    }

    private static List<AuditUploadEvent> offlineEvents(Device phone) {
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        long recordId = phone.records().getFirst().recordId();
        phone.view(recordId);
        phone.reveal(recordId);
        phone.lock();
        return phone.pendingAudit();
    }

    /** Leaves the temp files a phone killed mid-write would: the start of each file, 8 KiB at most. */
    private static void leaveFragments(Path folder) throws Exception {
        for (String file : new String[] {"cache.bin", "journal.bin", "device.json"}) {
            byte[] whole = Files.readAllBytes(folder.resolve(file));
            Files.write(folder.resolve("." + file + "." + System.nanoTime() + ".tmp"),
                    Arrays.copyOf(whole, Math.min(whole.length, 8192)));
        }
    }

    private static String wrappedKey(Path folder) throws Exception {
        String cache = new String(Files.readAllBytes(folder.resolve("cache.bin")), StandardCharsets.ISO_8859_1);
        String key = cache.replaceAll("(?s).*\"passwordWrappedKey\":\"([^\"]+)\".*", "$1");
        assertThat(key).hasSizeGreaterThan(40).hasSizeLessThan(200);
        return key;
    }

    /** Flips one bit of a file; a negative position counts from its end. */
    private static void flip(Path file, int at) throws Exception {
        byte[] raw = Files.readAllBytes(file);
        raw[at < 0 ? raw.length + at : at] ^= 0x01;
        Files.write(file, raw);
    }
}
