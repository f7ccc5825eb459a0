package com.roamvault.device.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void aWriterFailingMidwayLeavesTheOldFileIntactAndNoTempFile() throws Exception {
        Path target = folder.resolve("cache.bin");
        AtomicFile.write(target, "old contents".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("new contents, half writ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old contents");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aRuntimeFailureMidwayAlsoLeavesTheOldFile() throws Exception {
        Path target = folder.resolve("journal.bin");
        AtomicFile.write(target, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[] {9, 9});
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFileOwnerOnly() throws Exception {
        Path target = folder.resolve("device.json");
        AtomicFile.write(target, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(target, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("two");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
