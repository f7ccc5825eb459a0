package com.roamvault.device.ui.pair;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** Pair screen: a field for the pairing URI (Enter pairs) and a button to open a QR code image. */
public final class PairView {
    private final PairViewModel vm;

    public PairView(PairViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        return Views.screen("pair-screen", Views.icon(Material2MZ.QR_CODE_SCANNER, "hero-icon"),
                label("Pair this phone", "screen-title"),
                label("Paste the pairing code from the admin console, or open a photo of its QR code. "
                        + "From then on the phone talks only to the server whose key matches the code's pin.", "hint"),
                codeField(), message(vm.errorProperty(), "pair-error", "error-text"), actions());
    }

    private TextArea codeField() {
        TextArea code = new TextArea();
        code.setId("pair-code");
        code.setPromptText("roamvault://pair?server=https://…&pin=sha256/…&user=…");
        code.setWrapText(true);
        code.setPrefRowCount(4);
        code.textProperty().bindBidirectional(vm.pairingCodeProperty());
        code.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.pair();
            }
        });
        return code;
    }

    private VBox actions() {
        Button pair = button("Pair", null, "pair-button", vm::pair, "accent", "wide");
        pair.disableProperty().bind(vm.canPairProperty().not());
        Button qr = button("Open QR code image…", Material2MZ.QR_CODE, "pair-qr-button", vm::pairFromQrImage, "wide");
        VBox box = new VBox(pair, qr);
        box.getStyleClass().add("actions");
        return box;
    }
}
