package com.roamvault.console.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * One theme: AtlantaFX Primer (light or dark) as the user-agent stylesheet plus the console's own
 * stylesheet, which uses only Primer's looked-up colors so both schemes work.
 */
public final class Theme {
    public static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    public static final String DARK = new PrimerDark().getUserAgentStylesheet();
    private static final String STYLESHEET = Theme.class.getResource("/com/roamvault/console/console.css")
            .toExternalForm();

    private Theme() {
    }

    /** Switches the whole application at once; safe to call at any time on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? DARK : LIGHT);
    }

    public static boolean darkApplied() {
        return DARK.equals(Application.getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
