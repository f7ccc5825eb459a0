package com.roamvault.console.records;

import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Records: pick a password list, see its records, edit the one picked (or a new one) in the
 * {@link RecordEditor}, and look through its {@link HistoryViewModel history}. After a save or a
 * restore the list is read again and the record stays picked.
 */
public final class RecordsViewModel {
    private final UiExecutor executor;
    private final RecordsApi api;
    private final RecordEditor editor;
    private final HistoryViewModel history;
    private final ObservableList<ListDetail> lists = FXCollections.observableArrayList();
    private final ObservableList<RecordDetail> records = FXCollections.observableArrayList();
    private final ObjectProperty<ListDetail> selectedList = new SimpleObjectProperty<>();
    private final ObjectProperty<RecordDetail> selectedRecord = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public RecordsViewModel(UiExecutor executor, DialogService dialogs, RecordsApi api, Clock clock) {
        this.executor = executor;
        this.api = api;
        this.editor = new RecordEditor(executor, dialogs, api, clock);
        this.history = new HistoryViewModel(executor, dialogs, api);
        selectedList.addListener((obs, old, now) -> loadRecords(null));
        selectedRecord.addListener((obs, old, now) -> {
            // a list read again hands back the same version: keep what is typed and the version picked
            if (!sameVersion(now, editor.editingProperty().get())) {
                editor.edit(now);
            }
            if (!sameVersion(now, old)) {
                history.show(now);
            }
        });
    }

    /** Reads the lists again, keeping the one picked. */
    public void refresh() {
        busy.set(true);
        error.set("");
        executor.submit(api::lists, found -> {
            busy.set(false);
            ListDetail picked = selectedList.get();
            lists.setAll(found);
            ListDetail again = picked == null ? null
                    : found.stream().filter(l -> l.listId() == picked.listId()).findFirst().orElse(null);
            if (again != null) {
                selectedList.set(again);
                loadRecords(selectedRecord.get());
            } else {
                selectedList.set(found.isEmpty() ? null : found.get(0));
            }
        }, this::failed);
    }

    /** Empty fields for a record to add to the list picked. */
    public void newRecord() {
        selectedRecord.set(null);
        editor.edit(null);
        history.show(null);
    }

    /** Creates or updates the record in the form. */
    public void save() {
        ListDetail list = selectedList.get();
        if (list != null) {
            editor.save(list.listId(), this::loadRecords);
        }
    }

    /** Restores the version picked in the history (asked first). */
    public void restore() {
        history.restore(this::loadRecords);
    }

    private void loadRecords(RecordDetail keep) {
        ListDetail list = selectedList.get();
        if (list == null) {
            records.clear();
            return;
        }
        busy.set(true);
        executor.submit(() -> api.records(list.listId()), found -> {
            if (selectedList.get() == null || selectedList.get().listId() != list.listId()) {
                return;
            }
            busy.set(false);
            records.setAll(found);
            selectedRecord.set(keep == null ? null
                    : found.stream().filter(r -> r.recordId() == keep.recordId()).findFirst().orElse(null));
            if (keep == null) {
                newRecord();
            }
        }, this::failed);
    }

    private static boolean sameVersion(RecordDetail a, RecordDetail b) {
        return a == null ? b == null : b != null && a.recordId() == b.recordId() && a.version() == b.version();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(ConsoleErrors.describe(failure));
    }

    public ObservableList<ListDetail> lists() {
        return FXCollections.unmodifiableObservableList(lists);
    }

    public ObservableList<RecordDetail> records() {
        return FXCollections.unmodifiableObservableList(records);
    }

    /** The records as now listed. */
    public List<RecordDetail> listed() {
        return List.copyOf(records);
    }

    public ObjectProperty<ListDetail> selectedListProperty() {
        return selectedList;
    }

    public ObjectProperty<RecordDetail> selectedRecordProperty() {
        return selectedRecord;
    }

    public RecordEditor editor() {
        return editor;
    }

    public HistoryViewModel history() {
        return history;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
