package com.roamvault.device.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {
    @TempDir
    Path folder;

    @Test
    void sweepShredsEveryTempFileOfAtomicFileAndNothingElse() throws Exception {
        for (String name : new String[] {"cache.bin", "journal.bin", "device.json", "notes.tmp", ".hidden"}) {
            Files.writeString(folder.resolve(name), "keep");
        }
        for (String name : new String[] {".cache.bin.123.tmp", ".journal.bin.9.tmp", ".device.json.77.tmp"}) {
            Files.writeString(folder.resolve(name), "fragment");
        }
        assertThat(Leftovers.in(folder)).hasSize(3);

        assertThat(Leftovers.sweep(folder, "cache.bin")).isEqualTo(1);
        assertThat(folder.resolve(".cache.bin.123.tmp")).doesNotExist();
        assertThat(Leftovers.sweep(folder)).isEqualTo(2);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("cache.bin", "journal.bin", "device.json", "notes.tmp", ".hidden");
        }
    }

    @Test
    void aTempFileThatAtomicFileMakesIsRecognised() throws Exception {
        Path target = folder.resolve("cache.bin");
        Path temp = Files.createTempFile(folder, ".cache.bin.", ".tmp");
        assertThat(AtomicFile.isTempOf(temp, "cache.bin")).isTrue();
        assertThat(AtomicFile.isTempOf(temp, "journal.bin")).isFalse();
        AtomicFile.write(target, new byte[] {1, 2, 3});
        assertThat(Leftovers.in(folder)).containsExactly(temp);
    }

    @Test
    void shreddingOverwritesTheBytesBeforeDeleting() throws Exception {
        Path file = folder.resolve("cache.bin");
        Files.write(file, "wrapped-key-material".repeat(5000).getBytes());
        Path secondName = folder.resolve("same-inode");
        Files.createLink(secondName, file);

        Shredder.shred(file);

        assertThat(file).doesNotExist();
        byte[] left = Files.readAllBytes(secondName);
        assertThat(left).hasSize(100_000);
        for (byte b : left) {
            assertThat(b).isZero();
        }
    }
}
