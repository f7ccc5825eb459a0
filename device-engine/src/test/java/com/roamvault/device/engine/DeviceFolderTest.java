package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.journal.Origin;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.protocol.audit.AuditActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
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
}
