package com.roamvault.device.ui.password;

import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.ui.password.PasswordStrength;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Changing the master password: a live strength meter with the policy's requirements while typing
 * (local, zxcvbn), then the App Server's verdict and its reasons when submitted.
 */
public final class ChangePasswordViewModel {
    private final PhoneSession phone;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final PasswordMeter meter;
    private final ObjectBinding<PasswordStrength.Meter> strength;
    private final ObjectBinding<List<String>> requirements;
    private final ObservableList<String> serverReasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;

    public ChangePasswordViewModel(PhoneSession phone) {
        this.phone = phone;
        var snapshot = phone.snapshotProperty();
        meter = new PasswordMeter(next, snapshot);
        strength = meter.strengthProperty();
        requirements = Bindings.createObjectBinding(() -> unmet(snapshot.get().policy()), strength, next, confirm,
                snapshot);
        canSubmit = Bindings.createBooleanBinding(() -> !current.get().isEmpty() && !next.get().isEmpty()
                && next.get().equals(confirm.get()) && !phone.busyProperty().get(), current, next, confirm,
                phone.busyProperty());
    }

    /** What the local meter sees missing against the policy in force, plus zxcvbn's hints. */
    private List<String> unmet(MobilePolicy policy) {
        List<String> out = new ArrayList<>();
        String pw = next.get();
        if (pw.isEmpty()) {
            return out;
        }
        if (policy != null && pw.length() < policy.masterPasswordMinLength()) {
            out.add("At least " + policy.masterPasswordMinLength() + " characters (now " + pw.length() + ")");
        }
        if (policy != null && strength.get().score() < policy.masterPasswordMinStrength()) {
            out.add("Strength at least " + PasswordStrength.label(policy.masterPasswordMinStrength()) + " ("
                    + policy.masterPasswordMinStrength() + "/4)");
        }
        if (!confirm.get().isEmpty() && !pw.equals(confirm.get())) {
            out.add("The two new passwords differ");
        }
        out.addAll(strength.get().feedback());
        return out;
    }

    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        String cur = current.get();
        String nxt = next.get();
        serverReasons.clear();
        message.set("");
        error.set("");
        phone.perform("Changing the master password… re-keying the cache", d -> d.changeMasterPassword(cur, nxt),
                () -> {
                    clear();
                    message.set("Master password changed; the offline cache is re-keyed.");
                }, f -> {
                    error.set(f.text());
                    serverReasons.setAll(f.reasons());
                });
    }

    public void cancel() {
        clear();
        message.set("");
        error.set("");
        serverReasons.clear();
        phone.show(Screen.SETTINGS);
    }

    private void clear() {
        current.set("");
        next.set("");
        confirm.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    /** The live strength meter of the new password. */
    public PasswordMeter meter() {
        return meter;
    }

    /** 0..1 for a progress bar: (score + 1) / 5, 0 when empty. */
    public DoubleBinding strengthFractionProperty() {
        return meter.fractionProperty();
    }

    public StringBinding strengthLabelProperty() {
        return meter.labelProperty();
    }

    /** Live: the policy's requirements not met yet, and the meter's hints. */
    public ObjectBinding<List<String>> requirementsProperty() {
        return requirements;
    }

    /** The App Server's reasons after a refused change ({@code weak_password}). */
    public ObservableList<String> serverReasons() {
        return FXCollections.unmodifiableObservableList(serverReasons);
    }

    /** Set after a successful change. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last change was refused (the server's reasons are in {@link #serverReasons()}). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
