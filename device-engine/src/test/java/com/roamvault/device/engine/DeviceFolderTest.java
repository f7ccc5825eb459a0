package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.cache.OfflineCache;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.journal.Origin;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.protocol.audit.AuditActions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceFolderTest {
    private static final char[] PASSWORD = "qa1-orbit-lantern-quartz-97".toCharArray();
    private static final Clock SYSTEM = Clock.fixed(TestPhones.START, ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void aPhoneSurvivesARestartOfTheSimulator() throws Exception {
        Path folder = data.resolve("phone");
        DeviceFolder phone = DeviceFolder.open(folder, TestPhones.fastKdf(), SYSTEM);
        phone.sensor().enroll("right-thumb");
        phone.cache().create(PASSWORD, TestPhones.contents(10), phone.sensor()).close();
        phone.clock().advance(Duration.ofDays(2));
        phone.saveClockOffset();
        phone.state().update(s -> s.toBuilder().lifecycle(Lifecycle.LOCKED).username("CORP\\qa1").build());
        phone.journal().record(AuditActions.CACHE_LOCKED, true, null, null, Origin.OFFLINE, null);

        DeviceFolder restarted = DeviceFolder.open(folder, TestPhones.fastKdf(), SYSTEM);
        assertThat(restarted.state().current().lifecycle()).isEqualTo(Lifecycle.LOCKED);
        assertThat(restarted.clock().now()).isEqualTo(TestPhones.START.plus(Duration.ofDays(2)));
        assertThat(restarted.sensor().state()).isEqualTo(BiometricState.ARMED);
        assertThat(restarted.journal().pending()).hasSize(1);
        assertThat(restarted.cache().openWithPassword(PASSWORD).contents().records()).hasSize(10);
        assertThat(restarted.cache().openWithBiometric(restarted.sensor().authenticate("right-thumb"))
                .contents().records()).hasSize(10);
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void openingShredsTheTempFilesAKilledPhoneLeft() throws Exception {
        Path folder = data.resolve("phone");
        DeviceFolder phone = DeviceFolder.open(folder, TestPhones.fastKdf(), SYSTEM);
        phone.cache().create(PASSWORD, TestPhones.contents(10), phone.sensor()).close();
        phone.journal().record(AuditActions.CACHE_LOCKED, true, null, null, Origin.OFFLINE, null);
        phone.saveClockOffset();
        for (String file : new String[] {"cache.bin", "journal.bin", "device.json"}) {
            byte[] whole = Files.readAllBytes(folder.resolve(file));
            Files.write(folder.resolve("." + file + ".4711.tmp"), Arrays.copyOf(whole, Math.min(whole.length, 8192)));
        }
        assertThat(Leftovers.in(folder)).hasSize(3);

        DeviceFolder restarted = DeviceFolder.open(folder, TestPhones.fastKdf(), SYSTEM);
        assertThat(Leftovers.in(folder)).isEmpty();
        assertThat(restarted.cache().openWithPassword(PASSWORD).contents().records()).hasSize(10);
        assertThat(restarted.journal().pending()).hasSize(1);
    }

    @Test
    void aWipeLeavesNoCopyOfTheWrappedKeyAndNothingThePasswordOpens() throws Exception {
        Path folder = data.resolve("phone");
        DeviceFolder phone = DeviceFolder.open(folder, TestPhones.fastKdf(), SYSTEM);
        phone.sensor().enroll("right-thumb");
        phone.cache().create(PASSWORD, TestPhones.contents(10), phone.sensor()).close();
        byte[] cache = Files.readAllBytes(phone.cache().file());
        Files.write(folder.resolve(".cache.bin.1.tmp"), Arrays.copyOf(cache, 8192));
        Files.write(folder.resolve(".cache.bin.2.tmp"), cache);
        String wrappedKey = new String(cache, StandardCharsets.ISO_8859_1).replaceAll(
                "(?s).*\"passwordWrappedKey\":\"([^\"]+)\".*", "$1");
        assertThat(wrappedKey).hasSizeGreaterThan(40);

        phone.cache().wipe();

        assertThat(Leftovers.in(folder)).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.getFileName().toString()).doesNotContain(wrappedKey)
                        .doesNotContain("RVCACHE");
                Path probe = data.resolve("probe-" + file.getFileName());
                Files.createDirectories(probe);
                Files.copy(folder.resolve(SimulatedKeystore.FILE), probe.resolve(SimulatedKeystore.FILE));
                Files.copy(file, probe.resolve(OfflineCache.FILE), StandardCopyOption.REPLACE_EXISTING);
                DeviceFolder clone = DeviceFolder.open(probe, TestPhones.fastKdf(), SYSTEM);
                assertThatThrownBy(() -> clone.cache().openWithPassword(PASSWORD)).as(file.getFileName().toString())
                        .isInstanceOf(DeviceException.class);
            }
        }
    }
}
