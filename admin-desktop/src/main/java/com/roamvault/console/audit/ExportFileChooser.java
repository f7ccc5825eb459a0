package com.roamvault.console.audit;

import java.nio.file.Path;
import javafx.scene.Node;

/** Where the admin wants the CSV; behind an interface so tests answer with a path instead of a dialog. */
@FunctionalInterface
public interface ExportFileChooser {
    /** The chosen file, or null when the admin cancelled. */
    Path choose(Node owner, String suggestedName);
}
