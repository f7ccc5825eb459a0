package com.roamvault.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * One theme: AtlantaFX Primer (light or dark) as the user-agent stylesheet plus the program's own
 * stylesheet, which uses only Primer's looked-up colors so both schemes work.
 */
public final class Theme {
    public static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    public static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private Theme() {
    }

    /** Switches the whole application at once; safe to call at any time on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? DARK : LIGHT);
    }

    public static boolean darkApplied() {
        return DARK.equals(Application.getUserAgentStylesheet());
    }

    /** Adds the program's stylesheet (a class-path resource such as "/com/roamvault/console/console.css") once. */
    public static void style(Scene scene, String stylesheetResource) {
        URL url = Theme.class.getResource(stylesheetResource);
        if (url == null) {
            throw new IllegalArgumentException("No stylesheet at " + stylesheetResource);
        }
        String stylesheet = url.toExternalForm();
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
    }
}
