package com.roamvault.ui.settings;

import java.nio.file.Path;

/** Where the console and the phone simulator keep what they remember between runs. */
public final class SettingsFolder {
    private SettingsFolder() {
    }

    /** {@code $XDG_CONFIG_HOME/roamvault}, else {@code ~/.config/roamvault}. */
    public static Path path() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("roamvault");
    }
}
