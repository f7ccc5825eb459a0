package com.roamvault.device.ui.password;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.ui.password.PasswordStrength;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * A live zxcvbn strength meter over a password being typed (a new master password, a record's
 * password): the score, a 0..1 fraction for a bar and a label. The user's own name counts as guessable.
 */
public final class PasswordMeter {
    private final ObservableStringValue password;
    private final ObjectBinding<PasswordStrength.Meter> strength;
    private final DoubleBinding fraction;
    private final StringBinding label;

    public PasswordMeter(ObservableStringValue password, ObservableValue<DeviceSnapshot> snapshot) {
        this.password = password;
        strength = Bindings.createObjectBinding(() -> PasswordStrength.meter(password.get(),
                userInputs(snapshot.getValue())), password, snapshot);
        fraction = Bindings.createDoubleBinding(() -> empty() ? 0 : (strength.get().score() + 1) / 5.0, strength, password);
        label = Bindings.createStringBinding(() -> empty() ? ""
                : strength.get().label() + " (" + strength.get().score() + "/4)", strength, password);
    }

    private boolean empty() {
        return password.get() == null || password.get().isEmpty();
    }

    private static List<String> userInputs(DeviceSnapshot s) {
        return s == null || s.username() == null ? List.of()
                : List.of(s.username(), s.username().replaceAll(".*\\\\", ""));
    }

    public ObjectBinding<PasswordStrength.Meter> strengthProperty() {
        return strength;
    }

    /** 0..1 for a progress bar: (score + 1) / 5, 0 when empty. */
    public DoubleBinding fractionProperty() {
        return fraction;
    }

    /** "Strong (3/4)", empty while nothing is typed. */
    public StringBinding labelProperty() {
        return label;
    }
}
