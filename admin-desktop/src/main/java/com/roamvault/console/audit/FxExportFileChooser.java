package com.roamvault.console.audit;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The system's save dialog, owned by the window of the button that asked. */
public final class FxExportFileChooser implements ExportFileChooser {
    @Override
    public Path choose(Node owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export audit history as CSV");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
