package com.roamvault.attack.tampering;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.device.support.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every single-byte change and every truncation of a real phone's cache.bin, journal.bin and
 * device.json (a seeded sample of positions in CI), each on a fresh copy. A failure is a change
 * the engine did not report as {@code cache_tampered} before any password was tried, or, on a
 * sample, one that "wipe and sign in again" did not recover from.
 */
public final class FileTampering implements Attack {
    private static final String[] FILES = {"cache.bin", "journal.bin", "device.json"};

    @Override
    public String category() {
        return "tampering";
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        Random random = scale.random("tampering");
        List<AttackRow> rows = new ArrayList<>();
        Path work = Files.createTempDirectory(scratch(), "rv-tampering");
        try (Lab lab = new Lab()) {
            PhoneFiles phone = PhoneFiles.make(lab, 5);
            for (String file : FILES) {
                for (boolean flip : new boolean[] {true, false}) {
                    rows.add(attack(phone, file, flip, scale, random, work));
                }
            }
        } finally {
            deleteTree(work);
        }
        return rows;
    }

    private AttackRow attack(PhoneFiles phone, String file, boolean flip, AttackScale scale, Random random,
                             Path work) throws IOException {
        byte[] original = phone.file(file);
        List<Integer> positions = positions(original.length, scale.count(100, Integer.MAX_VALUE), random);
        long start = System.nanoTime();
        int undetected = 0;
        for (int at : positions) {
            Path folder = phone.copyWith(work, file, damaged(original, at, flip, random));
            if (!TamperProbe.detected(folder, phone.user().password())) {
                undetected++;
            }
            deleteTree(folder);
        }
        List<Integer> sample = positions.subList(0, Math.min(positions.size(), scale.count(2, 10)));
        int unrecovered = 0;
        for (int at : sample) {
            Path folder = phone.copyWith(work, file, damaged(original, at, flip, random));
            if (!TamperProbe.recovers(phone, folder, file.equals("journal.bin"))) {
                unrecovered++;
            }
            deleteTree(folder);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String kind = flip ? "flip one byte of " : "truncate ";
        return AttackRow.of(category(), kind + file, positions.size(), undetected + unrecovered, String.format(
                "%,d-byte file, %d undetected, %d of %d not recovered by wipe and sign in again, %,d ms",
                original.length, undetected, unrecovered, sample.size(), ms));
    }

    /** Every position when the budget allows, else a seeded sample (in random order either way). */
    private static List<Integer> positions(int length, int budget, Random random) {
        List<Integer> all = new ArrayList<>(IntStream.range(0, length).boxed().toList());
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(budget, length));
    }

    /** A flip XORs a random non-zero value into one byte; a truncation keeps the first {@code at} bytes. */
    private static byte[] damaged(byte[] original, int at, boolean flip, Random random) {
        if (!flip) {
            return Arrays.copyOf(original, at);
        }
        byte[] changed = original.clone();
        changed[at] ^= (byte) (1 + random.nextInt(255));
        return changed;
    }

    /** tmpfs when there is one: the attempts write thousands of small folders. */
    private static Path scratch() throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
