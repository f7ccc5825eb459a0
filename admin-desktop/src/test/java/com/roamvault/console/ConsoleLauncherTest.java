package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.roamvault.launcher.GtkLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The console started where no window can open: a sentence and exit 2, not a GTK stack trace. */
class ConsoleLauncherTest {

    @Test
    void withADisplayButNoGtk3TheConsoleNamesThePackageThatFixesItAndExits2() throws Exception {
        assumeTrue(GtkLibrary.missing("Linux", null, GtkLibrary.onThisMachine()), "GTK 3 is installed here");
        ProcessBuilder console = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConsoleLauncher.class.getName())
                .redirectErrorStream(true);
        console.environment().put("DISPLAY", ":0");
        Process run = console.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(output.strip()).isEqualTo(ConsoleLauncher.NO_GTK)
                .contains("sudo apt-get install -y libgtk-3-0");
    }

    @Test
    void javafxsOwnGtkFailureGetsTheGtkAdviceAndAnyOtherTheDisplayOne() {
        assertThat(ConsoleLauncher.advice("Unable to load glass GTK library.")).isEqualTo(ConsoleLauncher.NO_GTK);
        assertThat(ConsoleLauncher.advice("Unable to open DISPLAY")).isEqualTo(ConsoleLauncher.NO_DISPLAY);
        assertThat(ConsoleLauncher.advice(null)).isEqualTo(ConsoleLauncher.NO_DISPLAY);
    }

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
