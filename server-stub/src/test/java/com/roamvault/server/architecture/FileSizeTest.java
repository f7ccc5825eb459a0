package com.roamvault.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small files with one job: no main source file of the server grows past 300 lines (STYLE.md). */
class FileSizeTest {
    static final int MAX_LINES = 300;
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainFileIsOver300Lines() throws IOException {
        assertThat(Files.isDirectory(MAIN)).as("run from the server-stub module directory").isTrue();
        assertThat(tooLong(MAIN)).isEmpty();
    }

    /** "path: n lines" of every Java file under {@code root} longer than {@link #MAX_LINES}. */
    static List<String> tooLong(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    long lines = Files.readAllLines(f).size();
                    return lines > MAX_LINES ? root.relativize(f) + ": " + lines + " lines" : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(s -> s != null).sorted().toList();
        }
    }
}
