package com.roamvault.console.settings;

import com.roamvault.protocol.policy.MobileOption;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable text of the trusted networks ({@link MobileOption#TRUSTED_NETWORKS}): CIDR networks
 * separated by commas or spaces. The server checks each one and names a bad entry, shown under it.
 */
public final class NetworksSetting {
    public static final MobileOption OPTION = MobileOption.TRUSTED_NETWORKS;

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String label() {
        return OPTION.label();
    }

    public String meaning() {
        return OPTION.description();
    }

    void show(List<String> networks) {
        text.set(String.join(", ", networks));
        error.set("");
    }

    void showError(String problem) {
        error.set(problem == null ? "" : problem);
    }

    /** The networks typed, in order, without blanks. */
    List<String> value() {
        return Arrays.stream(text.get().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
