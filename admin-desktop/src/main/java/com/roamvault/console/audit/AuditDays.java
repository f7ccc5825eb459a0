package com.roamvault.console.audit;

import com.roamvault.console.chart.DayBar;
import com.roamvault.protocol.admin.Stats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit screen's events per day over the last 30 UTC days. Unfiltered, the server's counts of
 * the whole log (the dashboard's); filtered, the matching events the table holds, and the title
 * says so while more matching events wait to be loaded.
 */
final class AuditDays {
    static final int DAYS = 30;
    private final ObservableList<DayBar> bars = FXCollections.observableArrayList();
    private final ObservableList<DayBar> readOnlyBars = FXCollections.unmodifiableObservableList(bars);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Events per day, last 30 days");

    /** The server's counts of every event. */
    void all(List<Stats.DayCount> days) {
        title.set("Events per day, last 30 days");
        bars.setAll(days.stream().map(DayBar::of).toList());
    }

    /** Counts the rows the table holds; {@code complete} when they are every matching event. */
    void matching(List<AuditRow> rows, boolean complete, LocalDate today) {
        Map<LocalDate, Long> counts = new HashMap<>();
        for (AuditRow row : rows) {
            if (row.event().occurredAt() != null) {
                counts.merge(row.event().occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum);
            }
        }
        List<DayBar> days = new ArrayList<>(DAYS);
        for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
            days.add(DayBar.of(new Stats.DayCount(day, counts.getOrDefault(day, 0L))));
        }
        title.set(complete ? "Matching events per day, last 30 days"
                : "Matching events per day, of the " + Counts.of(rows.size()) + " loaded");
        bars.setAll(days);
    }

    /** Newly tailed events of the whole log, added to their day's bar. */
    void add(List<AuditRow> newer) {
        for (AuditRow row : newer) {
            if (row.event().occurredAt() == null) {
                continue;
            }
            LocalDate day = row.event().occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
            for (int i = 0; i < bars.size(); i++) {
                if (bars.get(i).day().equals(day)) {
                    DayBar bar = bars.get(i);
                    bars.set(i, new DayBar(day, bar.label(), bar.count() + 1));
                }
            }
        }
    }

    ObservableList<DayBar> bars() {
        return readOnlyBars;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
