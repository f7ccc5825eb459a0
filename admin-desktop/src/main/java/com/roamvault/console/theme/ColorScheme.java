package com.roamvault.console.theme;

import java.nio.file.Path;

/**
 * The console's colours: its own rules on top of Primer, and where its System/Light/Dark choice is
 * remembered (see {@link com.roamvault.ui.theme.Appearance}).
 */
public final class ColorScheme {
    /** The console's own rules on top of Primer. */
    public static final String STYLESHEET = "/com/roamvault/console/console.css";

    private ColorScheme() {
    }

    /** {@code console.properties} in the same folder as the known servers' file. */
    public static Path besides(Path knownServersFile) {
        return knownServersFile.resolveSibling("console.properties");
    }
}
