package com.roamvault.console.records;

import static com.roamvault.console.support.ScreenParts.message;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The record form: a row per field with the server's complaint under it, the password hidden until
 * shown and with Generate, and the one-time password URI with Read QR image and a live preview.
 * Ids are {@code record-<field>} and {@code record-<field>-error}.
 */
final class RecordFormView {
    private final RecordEditor editor;

    RecordFormView(RecordEditor editor) {
        this.editor = editor;
    }

    Node build() {
        GridPane grid = new GridPane();
        grid.setId("record-form");
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        int row = 0;
        for (RecordField field : RecordField.values()) {
            Node input = switch (field) {
                case PASSWORD -> password();
                case NOTES -> bound(new TextArea(), field);
                case OTP_URI -> otp();
                default -> bound(new TextField(), field);
            };
            Label label = new Label(field.label());
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row, label, input);
            grid.add(message(editor.form().errorProperty(field), "record-" + field.key() + "-error", "field-error"),
                    1, row + 1);
            row += 2;
        }
        return grid;
    }

    private <T extends TextInputControl> T bound(T input, RecordField field) {
        input.setId("record-" + field.key());
        input.textProperty().bindBidirectional(editor.form().valueProperty(field));
        if (input instanceof TextArea area) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        }
        editor.form().errorProperty(field).addListener((obs, old, now) -> {
            input.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                input.getStyleClass().add("invalid");
            }
        });
        return input;
    }

    /** Hidden by default; Show swaps in a plain field on the same text. */
    private Node password() {
        PasswordField hidden = bound(new PasswordField(), RecordField.PASSWORD);
        TextField shown = new TextField();
        shown.setId("record-password-shown");
        shown.textProperty().bindBidirectional(editor.form().valueProperty(RecordField.PASSWORD));
        ToggleButton show = new ToggleButton("Show");
        show.setId("record-password-show");
        shown.visibleProperty().bind(show.selectedProperty());
        hidden.visibleProperty().bind(show.selectedProperty().not());
        StackPane field = new StackPane(hidden, shown);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button generate = new Button("Generate");
        generate.setId("record-generate");
        generate.disableProperty().bind(editor.busyProperty());
        generate.setOnAction(e -> editor.generate());
        return row(field, show, generate);
    }

    private Node otp() {
        TextField uri = bound(new TextField(), RecordField.OTP_URI);
        uri.setPromptText("otpauth://totp/Issuer:account?secret=…");
        HBox.setHgrow(uri, Priority.ALWAYS);
        Button read = new Button("Read QR image…");
        read.setId("record-read-qr");
        read.disableProperty().bind(editor.busyProperty());
        read.setOnAction(e -> editor.readQr());
        OtpPreview preview = editor.otp();
        Label summary = message(preview.summaryProperty(), "record-otp-summary", "hint");
        Label code = message(preview.codeProperty(), "record-otp-code", "otp-code");
        Label problem = message(preview.problemProperty(), "record-otp-problem", "field-error");
        VBox box = new VBox(4, row(uri, read), summary, code, problem);
        // the code changes every period: tick while the form is on screen
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> preview.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        box.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof Button || n instanceof ToggleButton) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
    }
}
