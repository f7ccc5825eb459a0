package com.roamvault.console.settings;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.saveRow;
import static com.roamvault.console.support.ScreenParts.title;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Mobile App Settings screen: each option with its meaning, unit and valid range; Save and Revert. */
public final class SettingsView {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Label title = title("Mobile App Settings");
        Label hint = hint("Global options for every phone; per-user overrides take precedence.");
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
        for (SwitchField field : SwitchField.ALL) {
            row = checkRow(grid, row, field, vm.switchProperty(field.option()));
        }
        for (ChoiceField field : ChoiceField.ALL) {
            row = choiceRow(grid, row, field, vm.choiceProperty(field.option()));
        }
        for (NumberSetting setting : vm.numbers()) {
            row = numberRow(grid, row, setting);
        }
        row = networksRow(grid, row, vm.networks());
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

    private static int choiceRow(GridPane grid, int row, ChoiceField field, ObjectProperty<String> value) {
        ComboBox<String> box = ChoiceBoxes.of(field);
        box.setId("setting-" + field.name());
        box.valueProperty().bindBidirectional(value);
        grid.addRow(row, new Label(field.label()), box);
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

    private static int networksRow(GridPane grid, int row, NetworksSetting setting) {
        TextField input = new TextField();
        input.setId("setting-trustedNetworks");
        input.setPromptText("e.g. 10.0.0.0/8, fd00::/8");
        input.textProperty().bindBidirectional(setting.textProperty());
        grid.add(new Label(setting.label()), 0, row);
        grid.add(input, 1, row, 2, 1);
        grid.add(meaning(setting.meaning()), 0, row + 1, 3, 1);
        grid.add(message(setting.errorProperty(), "setting-trustedNetworks-error", "field-error"), 0, row + 2, 3, 1);
        return row + 3;
    }

    private Node actions() {
        return saveRow("settings", vm.canSaveProperty(), vm.dirtyProperty().and(vm.busyProperty().not()),
                vm::save, vm::revert,
                vm.statusProperty());
    }

    private static Label meaning(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }
}
