package com.roamvault.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the operating system's own settings whether the desktop is dark, for JavaFX 21 which cannot
 * tell: GNOME's {@code color-scheme} (or a "-dark" GTK theme), macOS's {@code AppleInterfaceStyle},
 * Windows' {@code AppsUseLightTheme}. Anything that does not answer in time means light.
 */
final class DesktopSettingsProbe {
    private static final long TIMEOUT_MILLIS = 1500;

    private DesktopSettingsProbe() {
    }

    static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return mac(run("defaults", "read", "-g", "AppleInterfaceStyle").orElse(""));
        }
        if (os.contains("win")) {
            return windows(run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").orElse(""));
        }
        Optional<String> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        if (scheme.isPresent() && !scheme.get().contains("default")) {
            return gnome(scheme.get(), "");
        }
        return gnome(scheme.orElse(""), run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")
                .orElse(System.getenv().getOrDefault("GTK_THEME", "")));
    }

    /** {@code 'prefer-dark'}, or (older desktops, "default" scheme) a theme such as {@code 'Adwaita-dark'}. */
    static boolean gnome(String colorScheme, String gtkTheme) {
        if (colorScheme.contains("prefer-dark")) {
            return true;
        }
        return !colorScheme.contains("prefer-light") && gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code Dark} while dark; the key does not exist while light. */
    static boolean mac(String appleInterfaceStyle) {
        return appleInterfaceStyle.trim().equalsIgnoreCase("dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} while dark. */
    static boolean windows(String regQuery) {
        return regQuery.contains("AppsUseLightTheme") && regQuery.trim().endsWith("0x0");
    }

    private static Optional<String> run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text.trim()) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // no such program on this desktop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
