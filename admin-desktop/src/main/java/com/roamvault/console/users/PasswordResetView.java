package com.roamvault.console.users;

import static com.roamvault.console.support.ScreenParts.message;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The master password reset pane of User Accounts: a new password judged as it is typed. */
final class PasswordResetView {
    private final PasswordResetViewModel reset;

    PasswordResetView(PasswordResetViewModel reset) {
        this.reset = reset;
    }

    public Node build() {
        Label title = new Label("New master password");
        title.getStyleClass().add("users-section");
        PasswordField password = new PasswordField();
        password.setId("users-reset-password");
        password.setPrefColumnCount(24);
        password.textProperty().bindBidirectional(reset.passwordProperty());
        password.setOnAction(e -> reset.submit());
        ProgressBar meter = new ProgressBar();
        meter.setId("users-reset-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.progressProperty().bind(reset.strengthProperty());
        reset.acceptableProperty().addListener((obs, old, ok) -> {
            meter.getStyleClass().removeAll("strength-ok", "strength-weak");
            meter.getStyleClass().add(ok ? "strength-ok" : "strength-weak");
        });
        Label feedback = new Label();
        feedback.setId("users-reset-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(reset.feedbackProperty());
        Label hints = listLabel(reset.hints(), "users-reset-hints", "hint");
        Label reasons = listLabel(reset.reasons(), "users-reset-reasons", "error-text");
        Button submit = new Button("Set password");
        submit.setId("users-reset-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(reset.canSubmitProperty().not());
        submit.setOnAction(e -> reset.submit());
        Button cancel = new Button("Cancel");
        cancel.setId("users-reset-cancel");
        cancel.setOnAction(e -> reset.cancel());
        HBox buttons = new HBox(8, submit, cancel);
        VBox pane = new VBox(6, title, password, meter, feedback, hints, reasons, buttons,
                message(reset.errorProperty(), "users-reset-error", "error-text"));
        pane.setId("users-reset-pane");
        pane.getStyleClass().add("users-pane");
        pane.visibleProperty().bind(reset.openProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        reset.openProperty().addListener((obs, old, open) -> {
            if (open) {
                password.requestFocus();
            }
        });
        return pane;
    }

    private static Label listLabel(ObservableList<String> lines, String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", lines), lines));
        label.visibleProperty().bind(Bindings.isNotEmpty(lines));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
