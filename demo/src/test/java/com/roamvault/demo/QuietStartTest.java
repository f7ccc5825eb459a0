package com.roamvault.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.roamvault.launcher.GtkLibrary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jars {@code ./roamvault demo} runs, started as a person starts them ({@code java -jar}), greet
 * nobody with JVM or JavaFX {@code WARNING:} lines (native access, the class-path notice).
 */
class QuietStartTest {
    private static final Path CONSOLE = Path.of("../admin-desktop/target/roamvault-console.jar");
    private static final Path DEVICE = Path.of("../device-simulator/target/roamvault-device.jar");
    private static final Path SERVER = Path.of("../server-stub/target/roamvault-server.jar");

    @Test
    void theDesktopJarsLoadJavafxsNativeCodeWithoutAWarning() throws Exception {
        // JavaFX loads its native glass library, then fails to reach this display: as far as a test can go
        assumeTrue(!GtkLibrary.missing("Linux", null, GtkLibrary.onThisMachine()), "no GTK 3: JavaFX never starts");
        for (List<String> program : List.of(List.of(CONSOLE.toString()), List.of(DEVICE.toString(), "ui"))) {
            List<String> command = new ArrayList<>(List.of(java(), "-jar"));
            command.addAll(program);
            ProcessBuilder run = new ProcessBuilder(command).redirectErrorStream(true);
            run.environment().put("DISPLAY", ":4747"); // no X server there
            run.environment().remove("WAYLAND_DISPLAY");
            Process process = run.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(output).as(program.getFirst()).contains("no display").doesNotContain("WARNING");
        }
    }

    @Test
    void theDemoServerStartsWithoutAWarningLine() throws Exception {
        Path data = Files.createTempDirectory("rv-quiet-server");
        Process server = new ProcessBuilder(java(), "-jar", SERVER.toString(), "--demo", "--data", data.toString(),
                "--port", "0").redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith("ROAMVAULT READY")) {
                    break;
                }
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lines).anyMatch(line -> line.startsWith("ROAMVAULT READY"))
                .noneMatch(line -> line.startsWith("WARNING:"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static {
        for (Path jar : List.of(CONSOLE, DEVICE, SERVER)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is not built: run mvn verify (the reactor packages it first)");
            }
        }
    }
}
