package com.roamvault.console.support;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The pieces every screen is built from, so they look and behave alike (and tests find them by id). */
public final class ScreenParts {
    private ScreenParts() {
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("screen-title");
        return title;
    }

    /** A muted explanation under a title or beside a field, wrapped to the screen's width. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    /** A message (error or status) that takes no room while there is nothing to say. */
    public static Label message(ObservableStringValue text, String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Save (the accent button) and Revert with a status beside them; ids are {@code <prefix>-save} etc. */
    public static HBox saveRow(String idPrefix, ObservableBooleanValue canSave, ObservableBooleanValue canRevert,
                               Runnable save, Runnable revert, ObservableStringValue status) {
        Button saveButton = new Button("Save");
        saveButton.setId(idPrefix + "-save");
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(Bindings.not(canSave));
        saveButton.setOnAction(e -> save.run());
        Button revertButton = new Button("Revert");
        revertButton.setId(idPrefix + "-revert");
        revertButton.disableProperty().bind(Bindings.not(canRevert));
        revertButton.setOnAction(e -> revert.run());
        Label statusLabel = new Label();
        statusLabel.setId(idPrefix + "-status");
        statusLabel.textProperty().bind(status);
        HBox row = new HBox(12, saveButton, revertButton, statusLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
