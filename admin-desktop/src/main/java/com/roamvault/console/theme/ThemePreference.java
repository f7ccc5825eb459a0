package com.roamvault.console.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Whether the administrator chose the dark scheme, remembered in a tiny properties file beside the
 * remembered servers. A missing or unreadable file means light. {@link #inMemory()} remembers
 * nothing on disk (tests, and windows that should not touch the user's settings).
 */
public final class ThemePreference {
    private static final String KEY = "scheme";
    private static final String DARK = "dark";
    private final Path file;
    private boolean dark;

    private ThemePreference(Path file, boolean dark) {
        this.file = file;
        this.dark = dark;
    }

    public static ThemePreference in(Path file) {
        return new ThemePreference(file, DARK.equals(read(file).getProperty(KEY)));
    }

    public static ThemePreference inMemory() {
        return new ThemePreference(null, false);
    }

    /** {@code console.properties} in the same folder as the known servers' file. */
    public static Path besides(Path knownServersFile) {
        return knownServersFile.resolveSibling("console.properties");
    }

    public boolean dark() {
        return dark;
    }

    public void setDark(boolean dark) throws IOException {
        this.dark = dark;
        if (file == null) {
            return;
        }
        Properties properties = read(file);
        properties.setProperty(KEY, dark ? DARK : "light");
        Files.createDirectories(file.getParent());
        // temp file beside the target so the move can be atomic (TOOLCHAIN.md)
        Path tmp = Files.createTempFile(file.getParent(), "console", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            properties.store(out, "Roamvault admin console");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // unreadable: start light, the next toggle rewrites it
            }
        }
        return properties;
    }
}
