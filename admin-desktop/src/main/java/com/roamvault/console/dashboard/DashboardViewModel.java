package com.roamvault.console.dashboard;

import com.roamvault.console.chart.DayBar;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.AppServerContact;
import com.roamvault.protocol.admin.Stats;
import com.roamvault.ui.UiExecutor;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard: the server's counters (active devices, caches expiring within 48 h, locked
 * accounts, failed logins in 24 h), events per day for 30 days, the newest events and, behind a DMZ,
 * each App Server's last contact. Loaded on each visit and on Refresh; the counters that call for
 * attention say so.
 */
public final class DashboardViewModel {
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter LAST_CONTACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UiExecutor executor;
    private final DashboardApi api;
    private final Clock clock;
    private final ReadOnlyLongWrapper devicesActive = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper cachesExpiring = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper lockedAccounts = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper failedLogins = new ReadOnlyLongWrapper();
    private final ObservableList<DayBar> days = FXCollections.observableArrayList();
    private final ObservableList<EventRow> newest = FXCollections.observableArrayList();
    private final ObservableList<DayBar> readOnlyDays = FXCollections.unmodifiableObservableList(days);
    private final ObservableList<EventRow> readOnlyNewest = FXCollections.unmodifiableObservableList(newest);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper appServers = new ReadOnlyStringWrapper("");
    private final BooleanBinding lockedWarning = Bindings.greaterThan(lockedAccounts, 0);
    private final BooleanBinding failedWarning = Bindings.greaterThan(failedLogins, 0);

    public DashboardViewModel(UiExecutor executor, DashboardApi api, Clock clock) {
        this.executor = executor;
        this.api = api;
        this.clock = clock;
    }

    /** The screen is on view: fresh numbers now, and again every little while (the view's timer follows {@link #liveProperty}). */
    public void shown() {
        live.set(true);
        load();
    }

    public void hidden() {
        live.set(false);
    }

    /** The view's timer: phones log in and events arrive on their own, so a shown dashboard keeps up. */
    public void tick() {
        if (live.get()) {
            load();
        }
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Asks the server for fresh numbers; a second click while one is running is ignored. */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit(() -> new Answer(api.stats(), api.appServers()), this::show, failure -> {
            busy.set(false);
            error.set(ConsoleErrors.describe(failure));
        });
    }

    /** One visit's answers, taken together so the screen never shows half of them. */
    private record Answer(Stats stats, List<AppServerContact> appServers) {
    }

    private void show(Answer answer) {
        Stats stats = answer.stats();
        busy.set(false);
        appServers.set(describe(answer.appServers()));
        devicesActive.set(stats.devicesActive());
        cachesExpiring.set(stats.cachesExpiringWithin48h());
        lockedAccounts.set(stats.lockedAccounts());
        failedLogins.set(stats.failedLogins24h());
        days.setAll(stats.eventsPerDay() == null ? List.of()
                : stats.eventsPerDay().stream().map(DayBar::of).toList());
        newest.setAll(stats.newestEvents() == null ? List.of()
                : stats.newestEvents().stream().map(e -> EventRow.of(e, clock.getZone())).toList());
        updated.set("Updated " + UPDATED.format(clock.instant().atZone(clock.getZone())));
        loaded.set(true);
    }

    /** "App Servers:" and one line per App Server, its pin and last contact; empty when there is none. */
    private String describe(List<AppServerContact> contacts) {
        if (contacts.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("App Servers:");
        for (AppServerContact contact : contacts) {
            text.append("\n").append(contact.pin()).append("  (").append(contact.lastContactAt() == null
                    ? "no contact since the core started"
                    : "last contact " + LAST_CONTACT.format(contact.lastContactAt().atZone(clock.getZone())))
                    .append(')');
        }
        return text.toString();
    }

    /** The DMZ App Servers and when each last called the core, or empty for an all-in-one server. */
    public ReadOnlyStringProperty appServersProperty() {
        return appServers.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty devicesActiveProperty() {
        return devicesActive.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty cachesExpiringProperty() {
        return cachesExpiring.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty lockedAccountsProperty() {
        return lockedAccounts.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty failedLoginsProperty() {
        return failedLogins.getReadOnlyProperty();
    }

    /** Locked accounts are worth a look (someone may be locked out, or under attack). */
    public BooleanBinding lockedAccountsWarning() {
        return lockedWarning;
    }

    public BooleanBinding failedLoginsWarning() {
        return failedWarning;
    }

    /** The last 30 days, oldest first. */
    public ObservableList<DayBar> days() {
        return readOnlyDays;
    }

    /** Newest first. */
    public ObservableList<EventRow> newestEvents() {
        return readOnlyNewest;
    }

    /** False until the first answer, so the tiles can show "–" instead of a misleading 0. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
