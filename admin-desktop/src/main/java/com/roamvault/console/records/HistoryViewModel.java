package com.roamvault.console.records;

import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A record's history: every earlier version (who, when, from where, lost conflicts marked), the
 * values of the one picked (password and key hidden until revealed), and Restore, asked first, which makes
 * it current again as a new version.
 */
public final class HistoryViewModel {
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final RecordsApi api;
    private final ObservableList<RecordVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<RecordVersion> selected = new SimpleObjectProperty<>();
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private RecordDetail record;

    HistoryViewModel(UiExecutor executor, DialogService dialogs, RecordsApi api) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.api = api;
        // a password shown stays with the version it belongs to
        selected.addListener((obs, old, now) -> revealed.set(false));
    }

    /** The history of {@code current} (null: nothing to show). */
    void show(RecordDetail current) {
        record = current;
        versions.clear();
        selected.set(null);
        error.set("");
        status.set("");
        if (current == null) {
            return;
        }
        busy.set(true);
        status.set("Loading the history…");
        long id = current.recordId();
        executor.submit(() -> api.history(id), earlier -> {
            if (record == null || record.recordId() != id) {
                return; // another record was picked meanwhile
            }
            busy.set(false);
            versions.setAll(earlier);
            status.set(earlier.isEmpty() ? "No earlier versions yet." : earlier.size() + " earlier versions.");
        }, this::failed);
    }

    /** Asks first; then the server makes the picked version current and {@code restored} gets the record. */
    void restore(Consumer<RecordDetail> restored) {
        RecordVersion version = selected.get();
        if (version == null || record == null || busy.get()) {
            return;
        }
        boolean confirmed = dialogs.confirm("Restore version", "Make version " + version.version() + " of \""
                + record.title() + "\" (" + HistoryTexts.origin(version) + ") the current values again? "
                + "The values now current stay in the history.", "Restore version " + version.version(), "Cancel");
        if (!confirmed) {
            return;
        }
        busy.set(true);
        error.set("");
        status.set("Restoring…");
        long id = record.recordId();
        executor.submit(() -> api.restore(id, version.version()), now -> {
            busy.set(false);
            restored.accept(now);
            status.set("Restored version " + version.version() + " as version " + now.version() + ".");
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("");
        error.set(ConsoleErrors.describe(failure));
    }

    public ObservableList<RecordVersion> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    /** The versions as now listed (for tests and the view's counts). */
    public List<RecordVersion> listed() {
        return List.copyOf(versions);
    }

    public ObjectProperty<RecordVersion> selectedProperty() {
        return selected;
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
