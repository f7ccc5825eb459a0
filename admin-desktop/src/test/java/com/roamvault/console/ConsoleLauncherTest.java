package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The console started where no window can open: a sentence and exit 2, not a GTK stack trace. */
class ConsoleLauncherTest {

    @Test
    void withoutADisplayTheConsoleSaysSoAndExits2() throws Exception {
        ProcessBuilder console = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConsoleLauncher.class.getName())
                .redirectErrorStream(true);
        console.environment().remove("DISPLAY");
        console.environment().remove("WAYLAND_DISPLAY");
        Process run = console.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(output).startsWith("roamvault-console: no display").contains("DISPLAY=:N")
                .doesNotContain("Exception");
    }
}
