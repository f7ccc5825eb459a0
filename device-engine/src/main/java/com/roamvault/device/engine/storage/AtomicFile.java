package com.roamvault.device.engine.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file all at once: the new bytes go to a temp file in the same folder (an atomic move
 * only works within one file system), are forced to disk, then moved over the target. A crash or
 * a failing writer leaves either the old file or the new one, never a mix. Files are owner-only
 * (rw-------) where the file system has POSIX permissions.
 */
public final class AtomicFile {
    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /**
     * True for a temp file this class makes next to {@code target} ({@code .cache.bin.123.tmp}); one
     * left behind by a crash holds a full or partial copy of the file it was to replace.
     */
    public static boolean isTempOf(Path candidate, String target) {
        String name = candidate.getFileName().toString();
        return name.startsWith(TEMP_PREFIX + target + ".") && name.endsWith(TEMP_SUFFIX);
    }

    /** True for any temp file this class makes. */
    public static boolean isTemp(Path candidate) {
        String name = candidate.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && name.length() > 5;
    }

    /** Writes the content of one file; may fail halfway, which leaves the old file in place. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Writer writer) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            // createTempFile makes the file rw------- on POSIX file systems.
            temp = Files.createTempFile(folder, TEMP_PREFIX + target.getFileName() + ".", TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            forceFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Creates a folder readable only by its owner (where the file system supports it). */
    public static Path ownerOnlyFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + folder, e);
        }
    }

    /** Reads a whole file, or returns null when it does not exist. */
    public static byte[] readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself was forced before the move
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the failure being reported matters more than a stray temp file
            }
        }
    }
}
