package com.roamvault.device.cli;

import java.util.Map;

/** Whether a window can open here: on Linux without DISPLAY or WAYLAND_DISPLAY, JavaFX would fail deep in GTK. */
final class DisplayCheck {
    static final String NO_DISPLAY = "no display: the phone simulator window cannot open here (DISPLAY unset or unreachable).\n"
            + "Play scenarios headless instead: roamvault-device.jar run SCENARIO.yaml "
            + "[--server-url URL --pin PIN --admin-password P]";

    private DisplayCheck() {
    }

    /** True when there is no display to open a window on (headless Monocle, as in tests, counts as one). */
    static boolean missing(String osName, Map<String, String> env, String glassPlatform) {
        if ("Monocle".equalsIgnoreCase(glassPlatform) || osName == null || !osName.startsWith("Linux")) {
            return false; // Windows and macOS always have one
        }
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
