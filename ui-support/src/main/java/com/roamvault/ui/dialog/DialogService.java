package com.roamvault.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs ViewModels ask for, behind an interface so tests answer them without windows. */
public interface DialogService {

    /** Asks a yes/no question; true when confirmed. */
    boolean confirm(String title, String message);

    /** Lets the user pick an existing file of one kind; empty when cancelled. */
    Optional<Path> chooseFile(FileChoice choice);
}
