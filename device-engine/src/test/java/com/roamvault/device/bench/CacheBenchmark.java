package com.roamvault.device.bench;

import com.roamvault.device.engine.TestPhones;
import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.cache.OfflineCache;
import com.roamvault.device.engine.cache.UnlockedCache;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The phone's cache figures on this machine, at DESIGN.md's default Argon2id parameters (m=64 MiB,
 * t=3, p=4): KDF time, master and biometric unlock of a 10,000-record cache, sealing it, and its
 * size; each the median of several runs after warm-up. Targets: biometric unlock <= 50 ms, master
 * unlock <= 1.5 x KDF. Run by hand (not in CI): {@code ./roamvault bench-device}.
 */
public final class CacheBenchmark {
    private static final int RECORDS = 10_000;
    private static final char[] PASSWORD = "bench-orbit-lantern-quartz-97".toCharArray();

    private CacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("rv-cache-bench");
        try {
            run(folder);
        } finally {
            deleteTree(folder);
        }
    }

    private static void run(Path folder) throws Exception {
        System.out.printf("Roamvault device cache benchmark: %s, Java %s, %d cores, %d records%n",
                KdfParams.DEFAULT, Runtime.version(), Runtime.getRuntime().availableProcessors(), RECORDS);
        Argon2Kdf kdf = new Argon2Kdf();
        DeviceClock clock = DeviceClock.systemDefault();
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        BiometricSensor sensor = new BiometricSensor(folder, keystore, clock);
        sensor.enroll("right-thumb");
        OfflineCache cache = new OfflineCache(folder, keystore, kdf);
        CacheContents contents = TestPhones.contents(RECORDS);
        cache.create(PASSWORD, contents, sensor).close();
        double firstFingerMs = once(() -> cache.openWithBiometric(sensor.authenticate("right-thumb")).close());

        byte[] salt = kdf.newSalt();
        double kdfMs = median(3, 7, () -> kdf.derive(PASSWORD, salt, kdf.params()));
        // Finger first: it warms the JIT on the decrypt-and-parse path both unlocks share.
        double fingerMs = median(30, 21, () -> cache.openWithBiometric(sensor.authenticate("right-thumb")).close());
        double[] kdfInMaster = new double[7];
        int[] run = {0};
        double masterMs = median(3, 7, () -> {
            cache.openWithPassword(PASSWORD).close();
            kdfInMaster[run[0]++ % kdfInMaster.length] = cache.lastKdfTime().orElseThrow().toNanos() / 1e6;
        });
        Arrays.sort(kdfInMaster);
        UnlockedCache open = cache.openWithPassword(PASSWORD);
        double sealMs = median(10, 11, () -> open.seal(contents));
        open.close();
        long size = Files.size(cache.file());

        System.out.printf("KDF (Argon2id, default params)      %8.1f ms%n", kdfMs);
        System.out.printf("master unlock, %,d records      %8.1f ms  (%.2f x KDF; target <= 1.5 x) %s%n",
                RECORDS, masterMs, masterMs / kdfMs, masterMs <= 1.5 * kdfMs ? "OK" : "MISSED");
        System.out.printf("  of which Argon2id                 %8.1f ms%n", kdfInMaster[kdfInMaster.length / 2]);
        System.out.printf("biometric unlock, %,d records   %8.1f ms  (target <= 50 ms) %s%n",
                RECORDS, fingerMs, fingerMs <= 50 ? "OK" : "MISSED");
        System.out.printf("  first biometric unlock, cold JIT  %8.1f ms%n", firstFingerMs);
        System.out.printf("seal, %,d records               %8.1f ms%n", RECORDS, sealMs);
        System.out.printf("cache file size                     %8.1f KiB (%,d bytes)%n", size / 1024.0, size);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double once(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(int warmups, int runs, Work work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
