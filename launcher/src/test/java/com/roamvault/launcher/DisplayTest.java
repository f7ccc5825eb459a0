package com.roamvault.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void linuxNeedsDisplayOrWaylandUnlessHeadlessMonocleDraws() {
        assertThat(Display.missing("Linux", Map.of(), null)).isTrue();
        assertThat(Display.missing("Linux", Map.of("DISPLAY", " "), null)).isTrue();
        assertThat(Display.missing("Linux", Map.of("DISPLAY", ":0"), null)).isFalse();
        assertThat(Display.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isFalse();
        assertThat(Display.missing("Linux", Map.of(), "Monocle")).isFalse();
    }

    @Test
    void windowsAndMacAlwaysHaveOne() {
        assertThat(Display.missing("Mac OS X", Map.of(), null)).isFalse();
        assertThat(Display.missing("Windows 11", Map.of(), null)).isFalse();
    }
}
