package com.roamvault.console.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The editable text of one whole-number option and the problem shown under it (empty when fine). */
public final class NumberSetting {
    private final SettingField field;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    NumberSetting(SettingField field) {
        this.field = field;
    }

    public SettingField field() {
        return field;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void showError(String problem) {
        error.set(problem == null ? "" : problem);
    }

    Integer value() {
        return SettingField.parse(text.get());
    }
}
