package com.roamvault.console.records;

import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The record being created or edited: one text per {@link RecordField} and the problem shown beside
 * each (the server's 422 {@code fields}, or a check made here before sending).
 */
public final class RecordForm {
    private final Map<RecordField, StringProperty> values = new EnumMap<>(RecordField.class);
    private final Map<RecordField, ReadOnlyStringWrapper> errors = new EnumMap<>(RecordField.class);

    RecordForm() {
        for (RecordField field : RecordField.values()) {
            values.put(field, new SimpleStringProperty(""));
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    public StringProperty valueProperty(RecordField field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty errorProperty(RecordField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    String value(RecordField field) {
        return values.get(field).get();
    }

    /** The record's current values, or empty fields for a new one (null). */
    void fill(RecordDetail record) {
        for (RecordField field : RecordField.values()) {
            values.get(field).set(record == null ? "" : field.of(record));
        }
        clearErrors();
    }

    void showError(RecordField field, String problem) {
        errors.get(field).set(problem == null ? "" : problem);
    }

    /** The server's complaints by wire name; true when at least one landed on a field. */
    boolean showErrors(Map<String, String> problems) {
        boolean shown = false;
        for (RecordField field : RecordField.values()) {
            String problem = problems.get(field.key());
            if (problem != null) {
                showError(field, problem);
                shown = true;
            }
        }
        return shown;
    }

    void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    /** Every field as typed; an empty one-time password URI means the record has none. */
    RecordRequest request() {
        return new RecordRequest(value(RecordField.TITLE), value(RecordField.USERNAME), value(RecordField.PASSWORD),
                value(RecordField.URL), value(RecordField.NOTES), value(RecordField.DOMAIN),
                value(RecordField.DESCRIPTION), otpUri());
    }

    /** Stripped: a URI pasted with a trailing newline is still the key; empty removes the record's key. */
    private String otpUri() {
        return value(RecordField.OTP_URI).strip();
    }
}
