package com.roamvault.console.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * One theme: AtlantaFX Primer as the user-agent stylesheet plus the console's own stylesheet,
 * which uses only Primer's looked-up colors so both schemes work.
 */
public final class Theme {
    private static final String STYLESHEET = Theme.class.getResource("/com/roamvault/console/console.css")
            .toExternalForm();

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
