package com.roamvault.console.server;

import static com.roamvault.console.support.ScreenParts.message;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The keys of the Server screen: the certificate pin beside its QR code, the lease signing key, and
 * the system API key (masked until Reveal). Copy puts the exact text on the system clipboard; nothing
 * here is logged.
 */
final class ServerKeysPane {
    static final int QR_SIZE = 140;

    private final ServerViewModel vm;
    private final StringProperty copied = new SimpleStringProperty("");

    ServerKeysPane(ServerViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        Button reveal = new Button();
        reveal.setId("server-api-key-reveal");
        reveal.textProperty().bind(Bindings.when(vm.revealedProperty()).then("Hide").otherwise("Reveal"));
        reveal.setOnAction(e -> vm.toggleReveal());
        VBox keys = new VBox(8,
                key("Certificate pin (what the console and the phones check)", "server-pin", vm.pinProperty(),
                        copy("server-pin-copy", "the pin", vm.pinProperty()::get)),
                key("Lease signing key (phones check their offline lease with it)", "server-lease-key",
                        vm.leaseKeyProperty(), copy("server-lease-key-copy", "the lease key", vm.leaseKeyProperty()::get)),
                key("System API key (Passwordstate-API scripts send it as APIKey; keep it secret)", "server-api-key", vm.shownApiKeyProperty(), reveal,
                        copy("server-api-key-copy", "the system API key", vm::systemApiKey)),
                message(copied, "server-copied", "hint"));
        HBox pane = new HBox(16, qr(), keys);
        pane.setId("server-keys");
        pane.setAlignment(Pos.TOP_LEFT);
        pane.visibleProperty().bind(vm.loadedProperty());
        return pane;
    }

    /** The pin as the server drew it, at a size a phone camera reads off a screen. */
    private Node qr() {
        ImageView qr = new ImageView();
        qr.setId("server-pin-qr");
        qr.setFitWidth(QR_SIZE);
        qr.setFitHeight(QR_SIZE);
        qr.setPreserveRatio(true);
        qr.imageProperty().bind(Bindings.createObjectBinding(() -> {
            byte[] png = vm.pinQrProperty().get();
            return png == null ? null : new Image(new ByteArrayInputStream(png));
        }, vm.pinQrProperty()));
        return qr;
    }

    private static Node key(String name, String id, ObservableStringValue text, Button... buttons) {
        Label heading = new Label(name);
        heading.getStyleClass().add("server-name");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("server-key");
        value.textProperty().bind(text);
        HBox row = new HBox(8, value);
        row.getChildren().addAll(buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, heading, row);
    }

    private Button copy(String id, String what, Supplier<String> text) {
        Button copy = new Button("Copy");
        copy.setId(id);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
            copied.set("Copied " + what + ".");
        });
        return copy;
    }
}
