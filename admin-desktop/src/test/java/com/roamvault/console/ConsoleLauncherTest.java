package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the console jar says instead of a stack trace on a Java that is too old, or where no window can open. */
class ConsoleLauncherTest {

    @Test
    void aJavaOlderThan21GetsOneSentenceNamingTheJavaInUse() {
        assertThat(ConsoleLauncher.tooOld("17", "/usr/lib/jvm/java-17"))
                .startsWith("roamvault-console: Java 21 or newer is needed, and this is Java 17 (/usr/lib/jvm/java-17)");
        assertThat(ConsoleLauncher.tooOld("21", "/jdk")).isNull();
    }

    @Test
    void theConsoleNeedsADisplayOnLinuxUnlessHeadlessMonocleRunsIt() {
        assertThat(ConsoleLauncher.noDisplay("Linux", Collections.<String, String>emptyMap(), null)).isTrue();
        assertThat(ConsoleLauncher.noDisplay("Linux", Map.of("DISPLAY", ":1"), null)).isFalse();
        assertThat(ConsoleLauncher.noDisplay("Linux", Map.of(), "Monocle")).isFalse();
        assertThat(ConsoleLauncher.noDisplay("Windows 11", Map.of(), null)).isFalse();
        assertThat(ConsoleLauncher.NO_DISPLAY).contains("no display");
    }
}
