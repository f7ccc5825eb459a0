package com.roamvault.device.ui.password;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Change master password: three fields, a live strength meter, the policy's unmet requirements, the server's reasons. */
public final class ChangePasswordView {
    private final ChangePasswordViewModel vm;

    public ChangePasswordView(ChangePasswordViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        VBox content = Views.screen("password-screen", label("Change master password", "screen-title"),
                field("password-current", "Current master password", vm.currentProperty()),
                field("password-new", "New master password", vm.nextProperty()),
                PasswordMeterView.of(vm.meter(), "password-strength"),
                bullets(vm.requirementsProperty().get(), "password-requirements"),
                field("password-confirm", "New master password again", vm.confirmProperty()),
                message(vm.messageProperty(), "password-message", "notice-text"),
                message(vm.errorProperty(), "password-error", "error-text"), serverReasons(), actions());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private VBox field(String id, String name, StringProperty text) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        f.setOnAction(e -> vm.submit());
        return Views.labelled(name, f);
    }

    private VBox bullets(List<String> initial, String id) {
        VBox box = new VBox(2);
        box.setId(id);
        vm.requirementsProperty().addListener((obs, old, now) -> fill(box, now, "requirement"));
        fill(box, initial, "requirement");
        return box;
    }

    private VBox serverReasons() {
        VBox box = new VBox(2);
        box.setId("password-server-reasons");
        vm.serverReasons().addListener((ListChangeListener<String>) c -> fill(box, vm.serverReasons(), "error-text"));
        return box;
    }

    private static void fill(VBox box, List<String> lines, String styleClass) {
        box.getChildren().setAll(lines.stream().map(l -> (Node) label("• " + l, styleClass)).toList());
    }

    private HBox actions() {
        Button save = button("Change password", null, "password-submit", vm::submit, "accent");
        save.disableProperty().bind(vm.canSubmitProperty().not());
        Button cancel = button("Back", null, "password-cancel", vm::cancel);
        HBox box = new HBox(8, cancel, Views.grow(), save);
        box.getStyleClass().add("actions");
        return box;
    }
}
