package com.roamvault.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the phone simulator says where no window can open (the check itself is the launcher module's). */
class FirstRunMessagesTest {

    @Test
    void noDisplayPointsAtTheHeadlessScenarioRunner() {
        assertThat(DisplayCheck.NO_DISPLAY).startsWith("no display:").contains("roamvault-device.jar run");
    }

    @Test
    void withoutGtk3ItNamesThePackageAndJavafxsOwnGtkFailureGetsTheSameAdvice() {
        assertThat(DisplayCheck.NO_GTK).startsWith("roamvault-device: GTK 3 (libgtk-3.so.0) is not installed")
                .endsWith("sudo apt-get install -y libgtk-3-0");
        assertThat(DisplayCheck.advice("Unable to load glass GTK library.")).isEqualTo(DisplayCheck.NO_GTK);
        assertThat(DisplayCheck.advice("Unable to open DISPLAY")).isEqualTo(DisplayCheck.NO_DISPLAY);
    }
}
