package com.roamvault.console.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Mobile App Settings screen: each option with its meaning, unit and valid range; Save and Revert. */
public final class SettingsView {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Label title = new Label("Mobile App Settings");
        title.getStyleClass().add("screen-title");
        Label hint = new Label("Global options for every phone; per-user overrides take precedence.");
        hint.getStyleClass().add("hint");
        VBox screen = new VBox(title, hint, options(), actions(), message(vm.errorProperty(), "settings-error",
                "error-text"));
        screen.setId("settings-screen");
        screen.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node options() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = checkRow(grid, row, SwitchField.MOBILE_ACCESS, vm.mobileAccessEnabledProperty());
        row = checkRow(grid, row, SwitchField.BIOMETRIC_UNLOCK, vm.biometricUnlockAllowedProperty());
        for (NumberSetting setting : vm.numbers()) {
            row = numberRow(grid, row, setting);
        }
        grid.disableProperty().bind(vm.busyProperty().or(vm.savedProperty().isNull()));
        return grid;
    }

    private static int checkRow(GridPane grid, int row, SwitchField field, BooleanProperty value) {
        CheckBox box = new CheckBox(field.label());
        box.setId("setting-" + field.name());
        box.selectedProperty().bindBidirectional(value);
        grid.add(box, 0, row, 3, 1);
        grid.add(meaning(field.meaning()), 0, row + 1, 3, 1);
        return row + 2;
    }

    private static int numberRow(GridPane grid, int row, NumberSetting setting) {
        SettingField field = setting.field();
        TextField input = new TextField();
        input.setId("setting-" + field.name());
        input.setPrefColumnCount(7);
        input.textProperty().bindBidirectional(setting.textProperty());
        setting.errorProperty().addListener((obs, old, now) -> {
            input.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                input.getStyleClass().add("invalid");
            }
        });
        Label range = new Label(field.range());
        range.getStyleClass().add("hint");
        grid.addRow(row, new Label(field.label()), input, range);
        grid.add(meaning(field.meaning()), 0, row + 1, 3, 1);
        grid.add(message(setting.errorProperty(), "setting-" + field.name() + "-error", "field-error"), 0, row + 2, 3, 1);
        return row + 3;
    }

    private Node actions() {
        Button save = new Button("Save");
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Button revert = new Button("Revert");
        revert.setId("settings-revert");
        revert.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        revert.setOnAction(e -> vm.revert());
        Label status = new Label();
        status.setId("settings-status");
        status.textProperty().bind(vm.statusProperty());
        HBox row = new HBox(12, save, revert, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label meaning(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Label message(ObservableStringValue text, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
