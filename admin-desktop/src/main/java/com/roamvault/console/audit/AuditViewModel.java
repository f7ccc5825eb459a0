package com.roamvault.console.audit;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.ui.UiExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * Audit history: the filtered log newest first, loaded a page at a time as the admin scrolls (a
 * keyset cursor, so memory grows only with what was looked at, never with the log), one event's
 * details, and an optional live tail that prepends events newer than the newest shown.
 * A reply to an older filter is dropped, so quick re-filtering never mixes two result sets.
 */
public final class AuditViewModel {
    public static final int PAGE = 200;
    /** How far back one tail poll looks before it gives up and reloads (a burst of more than 1,000). */
    private static final int TAIL_PAGES = 5;

    private final UiExecutor executor;
    private final AuditApi api;
    private final ZoneId zone;
    private final AuditFilters filters = new AuditFilters();
    private final AuditExportViewModel export;
    private final AuditVerifyViewModel verify;
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditRow.DetailLine> details = FXCollections.observableArrayList();
    private final ObservableList<AuditRow.DetailLine> readOnlyDetails = FXCollections.unmodifiableObservableList(details);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty tail = new SimpleBooleanProperty(false);
    private AuditFilter applied = AuditFilter.ALL;
    private Long next;
    private boolean loaded;
    private int generation;
    private boolean tailPolling;

    public AuditViewModel(UiExecutor executor, AuditApi api, ZoneId zone) {
        this.executor = executor;
        this.api = api;
        this.zone = zone;
        this.export = new AuditExportViewModel(executor, api);
        this.verify = new AuditVerifyViewModel(executor, api);
        selected.addListener((obs, old, now) -> details.setAll(now == null ? List.of() : now.details(zone)));
    }

    /** Takes the filter bar's values and shows the newest matching page. */
    public void apply() {
        applied = filters.toQuery(zone);
        reload();
    }

    public void clearFilters() {
        filters.clear();
        apply();
    }

    /** Shows the newest page of the filter in effect again (when the screen is shown). */
    public void refresh() {
        reload();
    }

    /** The next older page, unless one is on its way or the history has ended: one request per call at most. */
    public void loadMore() {
        if (loading.get() || next == null) {
            return;
        }
        fetch(next);
    }

    /** Asks the server for events newer than the newest shown; the view calls this every ~2 s while tailing. */
    public void pollNewer() {
        if (!tail.get() || tailPolling || loading.get() || !loaded) {
            return;
        }
        long newest = rows.isEmpty() ? 0 : rows.getFirst().seq();
        int asked = generation;
        AuditFilter query = applied;
        tailPolling = true;
        executor.submit(() -> newerThan(query, newest), newer -> {
            tailPolling = false;
            if (asked != generation || !tail.get()) {
                return; // the filter changed or the tail was stopped meanwhile
            }
            if (newer == null) {
                reload(); // more arrived than one poll reads: start again from the newest
                return;
            }
            rows.addAll(0, newer.stream().map(e -> AuditRow.of(e, zone)).toList());
            showCount();
        }, failure -> {
            tailPolling = false;
            if (asked == generation) {
                tail.set(false);
                error.set("Live tail stopped: " + ConsoleErrors.describe(failure));
            }
        });
    }

    /** A filter the bar could not read (a mistyped date); shown like the server's own refusals. */
    public void rejectFilter(String problem) {
        error.set(problem);
    }

    public void stopTail() {
        tail.set(false);
    }

    /** Exports exactly the filter in effect (what the table shows), however many events match. */
    public void exportTo(Path target) {
        export.start(applied, target);
    }

    private void reload() {
        generation++;
        rows.clear();
        selected.set(null);
        next = null;
        loaded = false;
        moreAvailable.set(false);
        fetch(null);
    }

    private void fetch(Long before) {
        int asked = generation;
        AuditFilter query = applied;
        loading.set(true);
        error.set("");
        status.set("Loading…");
        executor.submit(() -> api.page(query, PAGE, before), page -> {
            if (asked == generation) {
                loading.set(false);
                append(page);
            }
        }, failure -> {
            if (asked == generation) {
                loading.set(false);
                status.set(rows.isEmpty() ? "" : Counts.of(rows.size()) + " loaded");
                error.set(ConsoleErrors.describe(failure));
            }
        });
    }

    private void append(AuditPage page) {
        long oldest = rows.isEmpty() ? Long.MAX_VALUE : rows.getLast().seq();
        rows.addAll(page.events().stream().filter(e -> e.seq() < oldest).map(e -> AuditRow.of(e, zone)).toList());
        next = page.next();
        loaded = true;
        moreAvailable.set(next != null);
        showCount();
    }

    private void showCount() {
        if (rows.isEmpty()) {
            status.set("No events match these filters.");
        } else {
            status.set(Counts.of(rows.size()) + " loaded · " + (next != null ? "more available" : "end of history"));
        }
    }

    /** Newest first, or null when more than {@link #TAIL_PAGES} pages arrived since {@code newest}. */
    private List<AuditEvent> newerThan(AuditFilter query, long newest) throws Exception {
        List<AuditEvent> newer = new ArrayList<>();
        Long before = null;
        for (int i = 0; i < TAIL_PAGES; i++) {
            AuditPage page = api.page(query, PAGE, before);
            for (AuditEvent e : page.events()) {
                if (e.seq() <= newest) {
                    return newer;
                }
                newer.add(e);
            }
            if (page.next() == null) {
                return newer;
            }
            before = page.next();
        }
        return null;
    }

    public AuditFilters filters() {
        return filters;
    }

    public AuditExportViewModel export() {
        return export;
    }

    public AuditVerifyViewModel verification() {
        return verify;
    }

    public ObservableList<AuditRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<AuditRow> selectedProperty() {
        return selected;
    }

    /** The selected event's fields, labelled; empty when nothing is selected. */
    public ObservableList<AuditRow.DetailLine> details() {
        return readOnlyDetails;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty tailProperty() {
        return tail;
    }
}
