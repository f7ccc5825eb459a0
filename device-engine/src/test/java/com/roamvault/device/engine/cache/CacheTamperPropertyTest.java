package com.roamvault.device.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any changed byte of cache.bin is reported as cache_tampered: never as a wrong password (which
 * would count toward the wipe limit), never as a partly read cache.
 */
class CacheTamperPropertyTest {
    private static final char[] PASSWORD = "qa1-orbit-lantern-quartz-97".toCharArray();
    private static Path folder;
    private static OfflineCache cache;
    private static BiometricSensor sensor;
    private static byte[] original;

    @BeforeContainer
    static void oneArmedCache() throws IOException {
        folder = Files.createTempDirectory("rv-tamper");
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        sensor = new BiometricSensor(folder, keystore, TestPhones.stoppedClock());
        sensor.enroll("right-thumb");
        cache = new OfflineCache(folder, keystore, TestPhones.fastKdf());
        cache.create(PASSWORD, TestPhones.contents(3), sensor).close();
        original = Files.readAllBytes(cache.file());
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 1500)
    void anyFlippedByteIsTamperingWhateverThePassword(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where,
                                                      @ForAll @IntRange(min = 1, max = 255) int mask,
                                                      @ForAll boolean rightPassword) {
        byte[] changed = original.clone();
        changed[where % changed.length] ^= (byte) mask;
        write(changed);
        char[] password = rightPassword ? PASSWORD : "not-the-password".toCharArray();
        assertThatThrownBy(() -> cache.openWithPassword(password)).isInstanceOf(CacheTamperedException.class)
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo("cache_tampered"));
    }

    @Property(tries = 300)
    void anyFlippedByteIsTamperingForAFingerToo(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where,
                                                @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] changed = original.clone();
        changed[where % changed.length] ^= (byte) mask;
        write(changed);
        assertThatThrownBy(() -> cache.openWithBiometric(sensor.authenticate("right-thumb")))
                .isInstanceOf(CacheTamperedException.class);
        write(original);
        assertThat(cache.terms().username()).isEqualTo("CORP\\qa1");
    }

    @Property(tries = 200)
    void aTruncatedOrExtendedFileIsTampering(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int length,
                                             @ForAll boolean extend) {
        byte[] changed = extend
                ? Arrays.copyOf(original, original.length + 1 + length % 64)
                : Arrays.copyOf(original, length % original.length);
        write(changed);
        assertThatThrownBy(() -> cache.openWithPassword(PASSWORD)).isInstanceOf(CacheTamperedException.class);
    }

    @Example
    void everySinglePositionIsCoveredAndThePasswordIsNeverTried() {
        for (int i = 0; i < original.length; i++) {
            byte[] changed = original.clone();
            changed[i] ^= 0x01;
            write(changed);
            OfflineCache fresh = new OfflineCache(folder, SimulatedKeystore.open(folder), TestPhones.fastKdf());
            int position = i;
            assertThatThrownBy(() -> fresh.openWithPassword(PASSWORD))
                    .as("byte %d", position).isInstanceOf(CacheTamperedException.class);
            assertThat(fresh.lastKdfTime()).as("no Argon2id run for byte %d", position).isEmpty();
        }
        write(original);
        assertThat(cache.openWithPassword(PASSWORD).contents().records()).hasSize(3);
    }

    private static void write(byte[] bytes) {
        try {
            Files.write(cache.file(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
