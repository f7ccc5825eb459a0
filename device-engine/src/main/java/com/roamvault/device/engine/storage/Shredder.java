package com.roamvault.device.engine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Deletes a file after overwriting its bytes with zeros (forced to disk). On a journaling file
 * system or an SSD the old blocks may survive the overwrite, so this is hygiene, not the
 * guarantee: that comes from deleting every copy of the wrapped keys (see {@link Leftovers}).
 */
public final class Shredder {
    private static final int CHUNK = 64 * 1024;

    private Shredder() {
    }

    /** Overwrites and deletes {@code file}; nothing happens when it does not exist. */
    public static void shred(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                Files.deleteIfExists(file);
                return;
            }
            overwrite(file);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file.getFileName(), e);
        }
    }

    private static void overwrite(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(size, 1)));
            for (long at = 0; at < size; ) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - at));
                at += channel.write(zeros, at);
            }
            channel.force(true);
        }
    }
}
