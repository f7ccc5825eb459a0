package com.roamvault.device.ui.conflict;

import com.roamvault.device.engine.edit.PhoneConflict;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.support.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The edits the server refused as conflicts: for each, field by field, what this phone sent and
 * what the server holds now (the phone's version is in the record's history on the server). OK
 * dismisses them from the phone.
 */
public final class ConflictsViewModel {
    private final PhoneSession phone;
    private final ObservableList<Shown> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** A field: a binding only its listener holds would be collected, and the screen would stop loading. */
    private final BooleanBinding showing;

    /** One conflict as the screen shows it. */
    public record Shown(String title, String when, List<FieldDifference> fields) {
    }

    public ConflictsViewModel(PhoneSession phone) {
        this.phone = phone;
        showing = Bindings.createBooleanBinding(() -> phone.screenProperty().get() == Screen.CONFLICTS
                && phone.snapshot().lifecycle() == Lifecycle.UNLOCKED, phone.screenProperty(), phone.snapshotProperty());
        showing.addListener((obs, was, now) -> {
            if (now) {
                load();
            }
        });
    }

    public void load() {
        error.set("");
        phone.call(null, d -> d.edits().conflicts(), this::show, f -> error.set(f.text()));
    }

    private void show(List<PhoneConflict> found) {
        conflicts.setAll(found.stream().map(c -> new Shown(c.title(), "Your edit of " + Texts.dateTime(c.at()),
                FieldDifference.of(c.mine(), c.current()))).toList());
        summary.set(found.isEmpty() ? "No conflicts: every edit from this phone was applied."
                : found.size() + (found.size() == 1 ? " edit was" : " edits were") + " not applied: the record "
                + "changed on the server first. The server's values are current; yours are kept in the record's history.");
    }

    /** OK: the person has read them; they leave the phone. */
    public void dismiss() {
        phone.perform(null, d -> d.edits().dismissConflicts(), () -> {
            conflicts.clear();
            phone.show(Screen.RECORDS);
        }, f -> error.set(f.text()));
    }

    public void back() {
        phone.show(Screen.RECORDS);
    }

    public ObservableList<Shown> conflicts() {
        return FXCollections.unmodifiableObservableList(conflicts);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
