package com.roamvault.console;

import java.util.Optional;

/**
 * {@code --scale=1.5} (or {@code --scale=150%}) enlarges the whole console for readability. JavaFX 21
 * scales every coordinate, font and image when its Glass toolkit is given a UI scale before it
 * starts ({@code -Dglass.gtk.uiScale} on Linux, {@code -Dglass.win.uiScale} on Windows; macOS
 * follows the display). A property already given with -D wins over the argument.
 */
public final class UiScale {
    static final String GTK = "glass.gtk.uiScale";
    static final String WINDOWS = "glass.win.uiScale";
    private static final double MIN = 0.5;
    private static final double MAX = 4;

    private UiScale() {
    }

    /** The factor of the last {@code --scale=} argument; empty when absent or not a sensible number. */
    public static Optional<Double> parse(String[] args) {
        Optional<Double> scale = Optional.empty();
        for (String arg : args == null ? new String[0] : args) {
            if (arg != null && arg.startsWith("--scale=")) {
                scale = factor(arg.substring("--scale=".length()).strip());
            }
        }
        return scale;
    }

    /** Must run before the JavaFX toolkit starts (first line of main). */
    public static void apply(String[] args) {
        parse(args).ifPresent(factor -> {
            String value = Double.toString(factor);
            if (System.getProperty(GTK) == null) {
                System.setProperty(GTK, value);
            }
            if (System.getProperty(WINDOWS) == null) {
                System.setProperty(WINDOWS, value);
            }
        });
    }

    private static Optional<Double> factor(String text) {
        boolean percent = text.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
            double factor = percent ? value / 100 : value;
            return factor >= MIN && factor <= MAX ? Optional.of(factor) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
