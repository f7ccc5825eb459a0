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

    /** Name above value: long values (device id, pin) wrap in the phone's narrow width. */
    private VBox table(ObjectBinding<List<Map.Entry<String, String>>> rows, String id) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("key-values");
        rows.addListener((obs, old, now) -> fill(box, now));
        fill(box, rows.get());
        return box;
    }

    private static void fill(VBox box, List<Map.Entry<String, String>> rows) {
        box.getChildren().setAll(rows.stream().map(row -> {
            Label value = label(row.getValue(), "field-value");
            return (Node) new VBox(label(row.getKey(), "field-name"), value);
        }).toList());
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
