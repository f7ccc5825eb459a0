package com.roamvault.console.theme;

import com.roamvault.ui.theme.Theme;
import java.io.IOException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The light/dark switch of the window: starts as remembered, applies each change at once and
 * remembers it. Failing to save only costs the memory of the choice, so it is reported, not fatal.
 */
public final class ColorScheme {
    /** The console's own rules on top of Primer. */
    public static final String STYLESHEET = "/com/roamvault/console/console.css";

    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ColorScheme(ThemePreference preference) {
        dark.set(preference.dark());
        Theme.apply(dark.get());
        dark.addListener((obs, old, now) -> {
            Theme.apply(now);
            try {
                preference.setDark(now);
            } catch (IOException e) {
                System.err.println("The color scheme could not be remembered: " + e.getMessage());
            }
        });
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void toggle() {
        dark.set(!dark.get());
    }
}
