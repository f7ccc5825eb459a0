package com.roamvault.device.ui;

import javafx.application.Application;

/**
 * Starts the phone simulator. A main class apart from the {@link Application}: launched from a
 * plain class path (the fat jar), JavaFX refuses a main class that is itself an Application.
 */
public final class PhoneSimulator {
    private PhoneSimulator() {
    }

    public static void main(String[] args) {
        Application.launch(PhoneSimulatorApp.class, args);
    }
}
