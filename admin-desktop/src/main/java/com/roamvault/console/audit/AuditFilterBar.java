package com.roamvault.console.audit;

import com.roamvault.console.support.ActionNames;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The filters above the table: Enter anywhere in the bar (or Apply) runs them, Clear resets them. */
final class AuditFilterBar {
    private final AuditViewModel vm;
    private final AuditFilters filters;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditFilterBar(AuditViewModel vm) {
        this.vm = vm;
        this.filters = vm.filters();
    }

    Node build() {
        TextField user = text("audit-user", "e.g. CORP\\jsmith", 11, filters.userProperty());
        user.setTooltip(new Tooltip("Events by or about this user (an admin's action on the account, too)"));
        TextField search = text("audit-text", "detail, title or device", 16, filters.textProperty());
        date(from, "audit-from", filters.fromProperty());
        date(to, "audit-to", filters.toProperty());
        Button apply = new Button("Apply");
        apply.setId("audit-apply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> apply());
        Button clear = new Button("Clear");
        clear.setId("audit-clear");
        clear.setOnAction(e -> {
            from.getEditor().clear();
            to.getEditor().clear();
            vm.clearFilters();
        });
        FlowPane bar = new FlowPane(16, 8,
                labelled("User", user),
                labelled("Action", actions()),
                labelled("Platform", choice("audit-platform", AuditFilters.PLATFORMS, filters.platformProperty())),
                labelled("Origin", choice("audit-origin", AuditFilters.ORIGINS, filters.originProperty())),
                labelled("From", from), labelled("To", to), labelled("Text", search),
                new HBox(8, apply, clear));
        bar.setId("audit-filters");
        bar.getStyleClass().add("audit-filters");
        // Enter in any field applies; handled before the controls so a half-typed date is read first
        bar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                apply();
            }
        });
        return bar;
    }

    private void apply() {
        if (commit(from, "From") && commit(to, "To")) {
            vm.apply();
        }
    }

    /** A date typed but not yet committed by the picker becomes its value; a non-date is reported. */
    private boolean commit(DatePicker picker, String name) {
        String typed = picker.getEditor().getText();
        try {
            picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed.strip()));
            return true;
        } catch (DateTimeParseException e) {
            vm.rejectFilter(name + " is not a date: \"" + typed.strip() + "\". Pick one from the calendar.");
            return false;
        }
    }

    private static TextField text(String id, String prompt, int columns, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The actions by the names the table shows ("Password revealed"); the filter keeps the constant. */
    private ComboBox<String> actions() {
        ComboBox<String> box = choice("audit-action", AuditFilters.ACTIONS, filters.actionProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String action) {
                return action == null || AuditFilters.ANY.equals(action) ? AuditFilters.ANY : ActionNames.readable(action);
            }

            @Override
            public String fromString(String text) {
                return AuditFilters.ACTIONS.stream().filter(a -> toString(a).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    private static ComboBox<String> choice(String id, List<String> values, StringProperty value) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setVisibleRowCount(14);
        return box;
    }

    private static void date(DatePicker picker, String id, ObjectProperty<LocalDate> value) {
        picker.setId(id);
        picker.getStyleClass().add("audit-date");
        picker.valueProperty().bindBidirectional(value);
    }

    private static Node labelled(String name, Node control) {
        Label label = new Label(name);
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
