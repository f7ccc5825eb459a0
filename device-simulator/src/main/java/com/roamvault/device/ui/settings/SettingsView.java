package com.roamvault.device.ui.settings;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings and about: device id, server, pin, the policy in force, and account actions. */
public final class SettingsView {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        VBox content = Views.screen("settings-screen", label("Settings", "screen-title"), label("About", "section"),
                table(vm.aboutProperty(), "settings-about"), label("Policy in force", "section"),
                table(vm.policyProperty(), "settings-policy"), actions(),
                message(vm.errorProperty(), "settings-error", "error-text"));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private GridPane table(ObjectBinding<List<Map.Entry<String, String>>> rows, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("key-values");
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), value);
        rows.addListener((obs, old, now) -> fill(grid, now));
        fill(grid, rows.get());
        return grid;
    }

    private static void fill(GridPane grid, List<Map.Entry<String, String>> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label value = label(rows.get(i).getValue(), "field-value");
            grid.addRow(i, label(rows.get(i).getKey(), "field-name"), value);
        }
    }

    private VBox actions() {
        VBox box = new VBox(button("Change master password", Material2MZ.VPN_KEY, "settings-change-password",
                vm::changeMasterPassword, "wide"),
                button("Lock now", Material2AL.LOCK, "settings-lock", vm::lock, "wide"),
                button("Log out (wipes the cache)", Material2AL.EXIT_TO_APP, "settings-logout", vm::logOut, "wide", "danger"));
        box.getStyleClass().add("actions");
        return box;
    }
}
