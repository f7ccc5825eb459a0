package com.roamvault.console.users;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.saveRow;
import static com.roamvault.console.support.ScreenParts.title;

import com.roamvault.console.settings.ChoiceBoxes;
import com.roamvault.protocol.admin.UserSummary;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * User Accounts screen: the paged user list ({@link UserListView}) on the left; on the right the selected user's
 * options (inherit or override, and the effective value), account actions, pairing code and devices.
 */
public final class UsersView {
    private final UsersViewModel vm;

    public UsersView(UsersViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Label title = title("User Accounts");
        Label hint = hint("Per-user Mobile Access Options override the global settings; an inherited option "
                + "follows them.");
        Node list = new UserListView(vm).build();
        SplitPane split = new SplitPane(list, detail());
        split.setOrientation(Orientation.HORIZONTAL);
        // the list keeps the width its rows need (console.css), so a wider window widens the detail
        SplitPane.setResizableWithParent(list, false);
        split.setDividerPositions(0);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox screen = new VBox(10, title, hint, split, message(vm.errorProperty(), "users-error", "error-text"));
        screen.setId("users-screen");
        screen.getStyleClass().add("screen");
        return screen;
    }

    private Node detail() {
        Label name = new Label();
        name.setId("users-detail-title");
        name.getStyleClass().add("users-detail-title");
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            UserSummary u = vm.selectedProperty().get();
            return u == null ? "" : u.username() + " — " + u.displayName();
        }, vm.selectedProperty()));
        Label options = new Label("Mobile Access Options");
        options.getStyleClass().add("users-section");
        // the actions and what they open come first, so a pairing code shows without scrolling
        VBox content = new VBox(10, name, accountActions(), new PasswordResetView(vm.reset()).build(),
                new PairingCodeView(vm.pairing()).build(), options, optionsGrid(), saveActions(),
                new UserDevicesView(vm.devices()).build());
        content.setId("users-detail");
        content.getStyleClass().add("users-detail");
        content.visibleProperty().bind(vm.selectedProperty().isNotNull());

        Label none = hint("Select a user to see their Mobile Access Options.");
        none.visibleProperty().bind(vm.selectedProperty().isNull());
        StackPane stack = new StackPane(none, content);
        stack.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(stack);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node optionsGrid() {
        GridPane grid = new GridPane();
        grid.setId("users-options");
        grid.getStyleClass().add("users-options");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.addRow(0, header("Option"), header("Inherit or override"), header("Effective"));
        grid.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        int row = 1;
        for (OptionOverride option : vm.options()) {
            optionRow(grid, row, option);
            row += 2;
        }
        grid.disableProperty().bind(vm.detailBusyProperty().or(vm.savedProperty().isNull()));
        return grid;
    }

    private static void optionRow(GridPane grid, int row, OptionOverride option) {
        String id = "user-option-" + option.name();
        Label label = new Label(option.label());
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTooltip(new Tooltip(option.meaning() + (option.range().isEmpty() ? "" : " (" + option.range() + ")")));

        // ticked, the box itself says what is inherited; unticked, the override editor appears beside it
        CheckBox inherit = new CheckBox();
        inherit.setId(id + "-inherit");
        inherit.setMinWidth(Region.USE_PREF_SIZE);
        inherit.selectedProperty().bindBidirectional(option.inheritProperty());
        inherit.textProperty().bind(Bindings.when(option.inheritProperty()).then(option.inheritTextProperty())
                .otherwise(""));
        Tooltip explain = new Tooltip();
        explain.textProperty().bind(Bindings.concat("Ticked: follow the global value (", option.globalProperty(), ")"));
        inherit.setTooltip(explain);
        Node editor = option.isSwitch() ? switchEditor(id, option)
                : option.isChoice() ? choiceEditor(id, option) : numberEditor(id, option);
        editor.visibleProperty().bind(option.inheritProperty().not());
        editor.managedProperty().bind(editor.visibleProperty());
        HBox setting = new HBox(6, inherit, editor);
        setting.setAlignment(Pos.CENTER_LEFT);

        Label effective = new Label();
        effective.setId(id + "-effective");
        effective.getStyleClass().add("users-effective");
        effective.textProperty().bind(option.effectiveProperty());
        effective.setMinWidth(Region.USE_PREF_SIZE);

        grid.addRow(row, label, setting, effective);
        grid.add(message(option.errorProperty(), id + "-error", "field-error"), 0, row + 1, 3, 1);
    }

    private static Node numberEditor(String id, OptionOverride option) {
        TextField input = new TextField();
        input.setId(id);
        input.setPrefColumnCount(4);
        input.setPromptText(option.range());
        input.setTooltip(new Tooltip(option.range()));
        input.textProperty().bindBidirectional(option.textProperty());
        option.errorProperty().addListener((obs, old, now) -> {
            input.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                input.getStyleClass().add("invalid");
            }
        });
        HBox box = new HBox(6, input, new Label(option.unit()));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node switchEditor(String id, OptionOverride option) {
        CheckBox on = new CheckBox("on");
        on.setId(id);
        on.selectedProperty().bindBidirectional(option.onProperty());
        return on;
    }

    private static Node choiceEditor(String id, OptionOverride option) {
        ComboBox<String> box = ChoiceBoxes.of(option.choice());
        box.setId(id);
        box.valueProperty().bindBidirectional(option.chosenProperty());
        return box;
    }

    private Node saveActions() {
        return saveRow("users", vm.canSaveProperty(), vm.dirtyProperty().and(vm.detailBusyProperty().not()),
                vm::save, vm::revert,
                vm.statusProperty());
    }

    private Node accountActions() {
        Button unlock = new Button("Unlock account");
        unlock.setId("users-unlock");
        unlock.disableProperty().bind(vm.canUnlockProperty().not());
        unlock.setOnAction(e -> vm.unlock());
        Button reset = new Button("Reset master password…");
        reset.setId("users-reset");
        reset.disableProperty().bind(vm.detailBusyProperty().or(vm.savedProperty().isNull()));
        reset.setOnAction(e -> vm.startReset());
        Button pairing = new Button("Pairing code");
        pairing.setId("users-pairing");
        pairing.disableProperty().bind(vm.detailBusyProperty());
        pairing.setOnAction(e -> vm.showPairing());
        HBox row = new HBox(8, unlock, reset, pairing);
        row.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("users-column-header");
        return label;
    }
}
