package com.roamvault.device.engine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Temp files a killed phone left in its folder ({@code .cache.bin.*.tmp}, {@code .journal.bin.*.tmp},
 * {@code .device.json.*.tmp}, ...). Each may hold a copy of a cache header with its wrapped data
 * key, so opening a folder and wiping a cache shred them all.
 */
public final class Leftovers {
    private Leftovers() {
    }

    /** Shreds every temp file of {@link AtomicFile} in {@code folder}; returns how many there were. */
    public static int sweep(Path folder) {
        return sweep(folder, AtomicFile::isTemp);
    }

    /** Shreds the temp files of one file of the folder (e.g. {@code cache.bin}). */
    public static int sweep(Path folder, String target) {
        return sweep(folder, p -> AtomicFile.isTempOf(p, target));
    }

    /** The temp files of {@link AtomicFile} now in {@code folder}. */
    public static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(AtomicFile::isTemp).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static int sweep(Path folder, Predicate<Path> leftover) {
        List<Path> found = in(folder).stream().filter(leftover).toList();
        found.forEach(Shredder::shred);
        return found.size();
    }
}
