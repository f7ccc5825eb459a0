package com.roamvault.launcher;

import java.util.Map;

/**
 * Whether a window can open here. On Linux without DISPLAY or WAYLAND_DISPLAY, JavaFX would fail
 * deep in GTK with a stack trace; the desktop programs ask first and say what to do instead.
 */
public final class Display {
    private Display() {
    }

    /** For this process: its OS, environment and JavaFX platform. */
    public static boolean missing() {
        return missing(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"));
    }

    /** True when there is no display to open a window on (headless Monocle, as in tests, counts as one). */
    public static boolean missing(String osName, Map<String, String> env, String glassPlatform) {
        if ("Monocle".equalsIgnoreCase(glassPlatform) || osName == null || !osName.startsWith("Linux")) {
            return false; // Windows and macOS always have one
        }
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
