package com.roamvault.console.audit;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.console.chart.DayBar;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.ui.UiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

    private final UiExecutor executor;
    private final AuditApi api;
    private final ZoneId zone;
    private final Clock clock;
    private final DeviceNames names = new DeviceNames();
    private final AuditDays days = new AuditDays();
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
        this(executor, api, zone, Clock.systemUTC());
    }

    /** {@code clock} says which day is today for the chart of matching events. */
    public AuditViewModel(UiExecutor executor, AuditApi api, ZoneId zone, Clock clock) {
        this.executor = executor;
        this.api = api;
        this.zone = zone;
        this.clock = clock;
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
        Map<String, String> known = names.snapshot();
        executor.submit(() -> {
            List<AuditEvent> newer = NewerEvents.since(api, query, newest, PAGE);
            return new AuditAnswer(newer == null ? null : new AuditPage(newer, null),
                    newer != null && DeviceNames.missingAny(known, newer) ? api.deviceNames() : null, null);
        }, answer -> {
            tailPolling = false;
            if (asked != generation || !tail.get()) {
                return; // the filter changed or the tail was stopped meanwhile
            }
            if (answer.page() == null) {
                reload(); // more arrived than one poll reads: start again from the newest
                return;
            }
            answer.namesInto(names);
            List<AuditRow> newer = answer.page().events().stream().map(e -> AuditRow.of(e, zone, names)).toList();
            rows.addAll(0, newer);
            if (AuditFilter.ALL.equals(query)) {
                days.add(newer);
            } else {
                countMatching();
            }
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
        Map<String, String> known = names.snapshot();
        boolean first = before == null;
        executor.submit(() -> {
            AuditPage page = api.page(query, PAGE, before);
            // names on each visit, and again when a page names a phone registered since
            return new AuditAnswer(page, first || DeviceNames.missingAny(known, page.events()) ? api.deviceNames() : null,
                    first && AuditFilter.ALL.equals(query) ? api.eventsPerDay() : null);
        }, answer -> {
            if (asked == generation) {
                loading.set(false);
                answer.namesInto(names);
                if (answer.perDay() != null) {
                    days.all(answer.perDay());
                }
                append(answer.page());
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
        rows.addAll(page.events().stream().filter(e -> e.seq() < oldest).map(e -> AuditRow.of(e, zone, names))
                .toList());
        next = page.next();
        loaded = true;
        moreAvailable.set(next != null);
        if (!AuditFilter.ALL.equals(applied)) {
            countMatching();
        }
        showCount();
    }

    private void countMatching() {
        days.matching(rows, next == null, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }


    private void showCount() {
        if (rows.isEmpty()) {
            status.set("No events match these filters.");
        } else {
            status.set(Counts.of(rows.size()) + " loaded · " + (next != null ? "more available" : "end of history"));
        }
    }

    /** Events per day for the chart, oldest first: the whole log's, or the matching rows' while filtered. */
    public ObservableList<DayBar> days() {
        return days.bars();
    }

    public ReadOnlyStringProperty daysTitleProperty() {
        return days.titleProperty();
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
