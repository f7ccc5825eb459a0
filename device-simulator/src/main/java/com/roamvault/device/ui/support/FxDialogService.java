package com.roamvault.device.ui.support;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Real dialogs over the simulator's window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseQrImage() {
        return choose("Open a pairing QR code", new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg",
                "*.gif", "*.bmp"));
    }

    @Override
    public Optional<Path> chooseScenarioFile() {
        return choose("Run a scenario file", new FileChooser.ExtensionFilter("Scenarios", "*.yaml", "*.yml"));
    }

    private Optional<Path> choose(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
