package com.roamvault.device.ui.unlock;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Lock screen: why it is locked, "Unlock with credentials" (Enter), and "Unlock with fingerprint"
 * only while the policy allows it and the biometric key is armed.
 */
public final class UnlockView {
    private final UnlockViewModel vm;

    public UnlockView(UnlockViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        return Views.screen("unlock-screen", Views.icon(Material2AL.LOCK, "hero-icon"),
                label(vm.reasonProperty(), "screen-title"), passwordField(), credentialsButton(),
                fingerprintButton(), message(vm.errorProperty(), "unlock-error", "error-text"),
                message(vm.attemptsProperty(), "unlock-attempts", "warning-text"));
    }

    private PasswordField passwordField() {
        PasswordField pw = new PasswordField();
        pw.setId("unlock-password");
        pw.setPromptText("Master password");
        pw.textProperty().bindBidirectional(vm.passwordProperty());
        pw.setOnAction(e -> vm.unlockWithPassword());
        return pw;
    }

    private Button credentialsButton() {
        Button b = button("Unlock with credentials", Material2AL.LOCK_OPEN, "unlock-button", vm::unlockWithPassword,
                "accent", "wide");
        b.disableProperty().bind(vm.canUnlockProperty().not());
        return b;
    }

    private Button fingerprintButton() {
        Button b = button("Unlock with fingerprint", Material2AL.FINGERPRINT, "unlock-fingerprint",
                vm::unlockWithFingerprint, "wide");
        b.visibleProperty().bind(vm.fingerprintOfferedProperty());
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }
}
