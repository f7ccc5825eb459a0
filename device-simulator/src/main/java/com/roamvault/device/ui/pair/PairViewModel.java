package com.roamvault.device.ui.pair;

import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.ui.dialog.FileChoice;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Pairing: paste the pairing URI from the admin console, or open a photo of its QR code. */
public final class PairViewModel {
    public static final FileChoice QR_IMAGE = new FileChoice("Open a pairing QR code", "Images",
            List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));

    private final PhoneSession phone;
    private final StringProperty pairingCode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canPair;

    public PairViewModel(PhoneSession phone) {
        this.phone = phone;
        canPair = Bindings.createBooleanBinding(() -> !pairingCode.get().isBlank() && !phone.busyProperty().get(),
                pairingCode, phone.busyProperty());
    }

    public void pair() {
        if (!canPair.get()) {
            return;
        }
        String code = pairingCode.get().strip();
        error.set("");
        phone.perform("Pairing…", d -> d.pair(code), this::paired, f -> error.set(f.text()));
    }

    /** Asks for a QR image (through the dialog service) and pairs from it. */
    public void pairFromQrImage() {
        phone.dialogs().chooseFile(QR_IMAGE).ifPresent(this::pairFromQrImage);
    }

    public void pairFromQrImage(Path image) {
        error.set("");
        phone.perform("Reading the QR code…", d -> d.pairFromQrImage(image), this::paired, f -> error.set(f.text()));
    }

    private void paired() {
        pairingCode.set("");
        phone.requestPairing(false);
    }

    public StringProperty pairingCodeProperty() {
        return pairingCode;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canPairProperty() {
        return canPair;
    }
}
