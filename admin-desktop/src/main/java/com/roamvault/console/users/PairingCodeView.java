package com.roamvault.console.users;

import static com.roamvault.console.support.ScreenParts.hint;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pairing code pane of User Accounts: the QR code a phone scans and the URI to copy; hidden until asked for. */
final class PairingCodeView {
    private final PairingCodeViewModel pairing;

    PairingCodeView(PairingCodeViewModel pairing) {
        this.pairing = pairing;
    }

    public Node build() {
        Label title = new Label("Pairing code");
        title.getStyleClass().add("users-section");
        ImageView qr = new ImageView();
        qr.setId("users-pairing-image");
        qr.setFitWidth(180);
        qr.setFitHeight(180);
        qr.setPreserveRatio(true);
        qr.imageProperty().bind(Bindings.createObjectBinding(() -> {
            byte[] png = pairing.pngProperty().get();
            return png == null ? null : new Image(new ByteArrayInputStream(png));
        }, pairing.pngProperty()));
        TextField uri = new TextField();
        uri.setId("users-pairing-uri");
        uri.setEditable(false);
        uri.textProperty().bind(pairing.uriProperty());
        HBox.setHgrow(uri, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("users-pairing-copy");
        Label copied = new Label();
        copied.setId("users-pairing-copied");
        copied.getStyleClass().add("hint");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(uri.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText("Copied.");
        });
        pairing.uriProperty().addListener((obs, old, now) -> copied.setText(""));
        HBox uriRow = new HBox(8, uri, copy, copied);
        uriRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = hint("The phone scans this once; the pin in it protects every later connection.");
        VBox pane = new VBox(6, title, qr, uriRow, hint);
        pane.setId("users-pairing-pane");
        pane.getStyleClass().add("users-pane");
        pane.visibleProperty().bind(Bindings.isNotEmpty(pairing.uriProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }
}
