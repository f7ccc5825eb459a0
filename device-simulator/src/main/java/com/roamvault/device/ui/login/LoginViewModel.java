package com.roamvault.device.ui.login;

import com.roamvault.device.ui.session.PhoneSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Logging in online (first use, or after a wipe): the paired user's master password. */
public final class LoginViewModel {
    private final PhoneSession phone;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding username;
    private final StringBinding server;
    private final BooleanBinding canLogIn;

    public LoginViewModel(PhoneSession phone) {
        this.phone = phone;
        var snapshot = phone.snapshotProperty();
        username = Bindings.createStringBinding(() -> String.valueOf(snapshot.get().username()), snapshot);
        server = Bindings.createStringBinding(() -> String.valueOf(snapshot.get().serverUrl()), snapshot);
        canLogIn = Bindings.createBooleanBinding(() -> !password.get().isEmpty() && !phone.busyProperty().get(),
                password, phone.busyProperty());
    }

    public void logIn() {
        if (!canLogIn.get()) {
            return;
        }
        String typed = password.get();
        error.set("");
        phone.perform("Signing in and syncing…", d -> d.login(typed), () -> password.set(""), f -> {
            error.set(f.text());
            password.set("");
        });
    }

    public void pairAgain() {
        phone.requestPairing(true);
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringBinding usernameProperty() {
        return username;
    }

    public StringBinding serverProperty() {
        return server;
    }

    public BooleanBinding canLogInProperty() {
        return canLogIn;
    }
}
