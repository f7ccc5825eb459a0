package com.roamvault.device.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * One theme: AtlantaFX Primer as the user-agent stylesheet (light or dark scheme) plus the
 * simulator's own stylesheet, which uses only Primer's looked-up colors so both schemes work.
 */
public final class Theme {
    private static final String STYLESHEET = Theme.class.getResource("/com/roamvault/device/ui/simulator.css")
            .toExternalForm();

    private Theme() {
    }

    /** Sets the scheme for the whole application (FX thread). */
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
