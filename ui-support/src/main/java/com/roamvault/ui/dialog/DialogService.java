package com.roamvault.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs ViewModels ask for, behind an interface so tests answer them without windows. */
public interface DialogService {

    /** Asks a yes/no question; true when confirmed. */
    boolean confirm(String title, String message);

    /**
     * The same question with buttons that say what each answer does ("Discard changes" / "Keep
     * editing" rather than OK / Cancel); true for {@code confirmLabel}.
     */
    default boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        return confirm(title, message);
    }

    /** Lets the user pick an existing file of one kind; empty when cancelled. */
    Optional<Path> chooseFile(FileChoice choice);
}
