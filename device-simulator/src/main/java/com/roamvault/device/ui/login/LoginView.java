package com.roamvault.device.ui.login;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.PasswordField;
import org.kordamp.ikonli.material2.Material2AL;

/** Log-in screen: the paired user, the master password (Enter logs in), and a way to pair again. */
public final class LoginView {
    private final LoginViewModel vm;

    public LoginView(LoginViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        return Views.screen("login-screen", Views.icon(Material2AL.ACCOUNT_CIRCLE, "hero-icon"),
                label("Log in", "screen-title"), label(vm.usernameProperty(), "strong"),
                label(vm.serverProperty(), "hint"), passwordField(),
                message(vm.errorProperty(), "login-error", "error-text"), loginButton(), pairAgain());
    }

    private PasswordField passwordField() {
        PasswordField pw = new PasswordField();
        pw.setId("login-password");
        pw.setPromptText("Master password");
        pw.textProperty().bindBidirectional(vm.passwordProperty());
        pw.setOnAction(e -> vm.logIn());
        return pw;
    }

    private Button loginButton() {
        Button b = button("Log in online", null, "login-button", vm::logIn, "accent", "wide");
        b.disableProperty().bind(vm.canLogInProperty().not());
        return b;
    }

    private Hyperlink pairAgain() {
        Hyperlink link = new Hyperlink("Pair with another account…");
        link.setId("login-pair-again");
        link.setOnAction(e -> vm.pairAgain());
        return link;
    }
}
