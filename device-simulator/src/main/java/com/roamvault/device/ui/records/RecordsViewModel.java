package com.roamvault.device.ui.records;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The record list, grouped by password list, with instant search: every keystroke asks the
 * engine's search (off the UI thread); only the newest answer is shown.
 */
public final class RecordsViewModel {
    private final PhoneSession phone;
    private final LongConsumer loadDetail;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<RecordRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding pendingEdits;
    private final StringBinding conflicts;
    private long generation;
    private Object shownContents;

    /** @param loadDetail loads a record (by id) into the detail page before it shows */
    public RecordsViewModel(PhoneSession phone, LongConsumer loadDetail) {
        this.phone = phone;
        this.loadDetail = loadDetail;
        var snapshot = phone.snapshotProperty();
        pendingEdits = Bindings.createStringBinding(() -> count(snapshot.get().pendingEdits(), "edit", "edits")
                + (snapshot.get().pendingEdits() == 0 ? "" : " waiting to sync"), snapshot);
        conflicts = Bindings.createStringBinding(() -> count(snapshot.get().conflicts(), "edit", "edits")
                + (snapshot.get().conflicts() == 0 ? "" : " not applied (conflict): review"), snapshot);
        query.addListener((obs, old, now) -> reload());
        phone.snapshotProperty().addListener((obs, old, now) -> contentsMaybeChanged(now));
        contentsMaybeChanged(phone.snapshot());
    }

    /** Reloads when the phone unlocks or a sync changed the records; clears when it locks. */
    private void contentsMaybeChanged(DeviceSnapshot s) {
        Object contents = s.lifecycle() == Lifecycle.UNLOCKED ? List.of(String.valueOf(s.lastSync()), s.records())
                : null;
        if (Objects.equals(contents, shownContents)) {
            return;
        }
        shownContents = contents;
        if (contents == null) {
            generation++;
            rows.clear();
            summary.set("");
        } else {
            reload();
        }
    }

    private static String count(int n, String one, String many) {
        return n == 0 ? "" : n + " " + (n == 1 ? one : many);
    }

    private void reload() {
        if (phone.snapshot().lifecycle() != Lifecycle.UNLOCKED) {
            return;
        }
        long asked = ++generation;
        String text = query.get();
        phone.call(null, d -> new Found(d.lists(), d.search(text)), found -> {
            if (asked == generation) {
                show(found, text);
            }
        }, f -> error.set(f.text()));
    }

    private record Found(List<ListDto> lists, List<RecordDto> records) {
    }

    private void show(Found found, String text) {
        error.set("");
        Map<Long, String> names = found.lists().stream()
                .collect(Collectors.toMap(ListDto::listId, ListDto::name, (a, b) -> a));
        Map<String, List<RecordDto>> byList = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (RecordDto r : found.records()) {
            byList.computeIfAbsent(names.getOrDefault(r.listId(), "List " + r.listId()), k -> new ArrayList<>()).add(r);
        }
        List<RecordRow> out = new ArrayList<>();
        byList.forEach((list, records) -> {
            out.add(new RecordRow.Header(list, records.size()));
            records.stream().sorted(Comparator.comparing(RecordDto::title, String.CASE_INSENSITIVE_ORDER))
                    .forEach(r -> out.add(new RecordRow.Item(r.recordId(), r.title(), r.username(), r.url())));
        });
        rows.setAll(out);
        int n = found.records().size();
        summary.set(text.isBlank() ? n + " records in " + byList.size() + " lists"
                : n + " of " + phone.snapshot().records() + " records match");
    }

    public void open(RecordRow row) {
        if (row instanceof RecordRow.Item item) {
            loadDetail.accept(item.recordId());
            phone.show(Screen.DETAIL);
        }
    }

    /** "2 edits waiting to sync", empty when none wait. */
    public StringBinding pendingEditsProperty() {
        return pendingEdits;
    }

    /** "1 edit conflicted — review", empty without conflicts. */
    public StringBinding conflictsProperty() {
        return conflicts;
    }

    public void showConflicts() {
        phone.show(Screen.CONFLICTS);
    }

    public void showSync() {
        phone.show(Screen.SYNC);
    }

    public void showSettings() {
        phone.show(Screen.SETTINGS);
    }

    public void lock() {
        phone.perform(null, d -> d.lock(), () -> { }, f -> error.set(f.text()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<RecordRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
