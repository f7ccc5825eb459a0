package com.roamvault.device.ui.endstate;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A full-screen end state: an icon for the kind, what happened, why, and the one button forward. */
public final class EndStateView {
    private final EndStateViewModel vm;

    public EndStateView(EndStateViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        FontIcon icon = Views.icon(Material2AL.DELETE_FOREVER, "hero-icon");
        Label title = label(vm.titleProperty(), "screen-title");
        title.setId("end-state-title");
        Label message = label(vm.messageProperty(), "end-state-message");
        message.setId("end-state-message");
        Button action = button("", null, "end-state-action", vm::proceed, "accent", "wide");
        action.textProperty().bind(vm.actionProperty());
        VBox box = Views.screen("end-state-screen", icon, title, message, action);
        vm.kindProperty().addListener((obs, old, now) -> restyle(box, icon, now));
        restyle(box, icon, vm.kindProperty().get());
        return box;
    }

    private static void restyle(VBox box, FontIcon icon, String kind) {
        box.getStyleClass().removeIf(c -> c.startsWith("end-"));
        box.getStyleClass().add("end-state-screen");
        if (kind == null || kind.isEmpty()) {
            return;
        }
        box.getStyleClass().add("end-" + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        icon.setIconCode(switch (EndState.Kind.valueOf(kind)) {
            case WIPED -> Material2AL.DELETE_FOREVER;
            case REVOKED -> Material2AL.BLOCK;
            case LOCKED_OUT -> Material2AL.ACCESS_TIME;
            case TAMPERED, DATA_TAMPERED -> Material2MZ.WARNING;
            case MITM_REFUSED -> Material2MZ.SECURITY;
        });
    }
}
