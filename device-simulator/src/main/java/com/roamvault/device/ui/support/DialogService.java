package com.roamvault.device.ui.support;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs ViewModels ask for, behind an interface so tests answer them without windows. */
public interface DialogService {

    /** Asks a yes/no question; true when confirmed. */
    boolean confirm(String title, String message);

    /** Lets the user pick a QR code image; empty when cancelled. */
    Optional<Path> chooseQrImage();

    /** Lets the user pick a scenario file; empty when cancelled. */
    Optional<Path> chooseScenarioFile();
}
