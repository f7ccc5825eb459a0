package com.roamvault.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the jar says instead of a stack trace on a Java that is too old, or where no window can open. */
class FirstRunMessagesTest {

    @Test
    void aJavaOlderThan21GetsOneSentenceNamingTheJavaInUse() {
        assertThat(Launcher.tooOld("17", "/usr/lib/jvm/java-17"))
                .startsWith("roamvault-device: Java 21 or newer is needed, and this is Java 17 (/usr/lib/jvm/java-17)")
                .contains("./roamvault");
        assertThat(Launcher.tooOld("1.8", "/opt/jre8")).contains("this is Java 1.8");
        assertThat(Launcher.tooOld("21", "/jdk")).isNull();
        assertThat(Launcher.tooOld("25", "/jdk")).isNull();
    }

    @Test
    void theUiNeedsADisplayOnLinuxUnlessHeadlessMonocleRunsIt() {
        assertThat(DisplayCheck.missing("Linux", Map.of(), null)).isTrue();
        assertThat(DisplayCheck.missing("Linux", Map.of("DISPLAY", " "), null)).isTrue();
        assertThat(DisplayCheck.missing("Linux", Map.of("DISPLAY", ":0"), null)).isFalse();
        assertThat(DisplayCheck.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isFalse();
        assertThat(DisplayCheck.missing("Linux", Map.of(), "Monocle")).isFalse();
        assertThat(DisplayCheck.missing("Mac OS X", Map.of(), null)).isFalse();
        assertThat(DisplayCheck.NO_DISPLAY).startsWith("no display:").contains("roamvault-device.jar run");
    }
}
