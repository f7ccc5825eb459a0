package com.roamvault.console.devices;

import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Devices: every registered phone with its lease countdown, optionally for one user. Revoke asks
 * first, then the server marks the device so the phone wipes its cache at its next contact.
 */
public final class DevicesViewModel {
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final DevicesApi api;
    private final Clock clock;
    private final StringProperty userFilter = new SimpleStringProperty("");
    private final ObservableList<DeviceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DeviceRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<DeviceRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ticking = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRevoke;

    public DevicesViewModel(UiExecutor executor, DialogService dialogs, DevicesApi api, Clock clock) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.api = api;
        this.clock = clock;
        canRevoke = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().active()
                && !busy.get(), selected, busy);
    }

    public void load() {
        String user = userFilter.get() == null || userFilter.get().isBlank() ? null : userFilter.get().strip();
        busy.set(true);
        error.set("");
        status.set("Loading…");
        executor.submit(() -> api.list(user), this::show, this::failed);
    }

    /** Asks first; declining changes nothing. */
    public void revoke(DeviceRow row) {
        if (row == null || !row.active() || busy.get()) {
            return;
        }
        boolean confirmed = dialogs.confirm("Revoke device",
                "Revoke \"" + row.deviceName() + "\" of " + row.username() + "? The phone wipes its offline vault "
                        + "at its next contact and must be registered again.");
        if (!confirmed) {
            return;
        }
        busy.set(true);
        error.set("");
        status.set("Revoking…");
        executor.submit(() -> api.revoke(row.deviceId()), revoked -> {
            busy.set(false);
            replace(revoked);
            status.set("Revoked " + row.deviceName() + ".");
        }, this::failed);
    }

    /** The screen is on view: fresh rows, and the countdowns run (the view's timer follows {@link #tickingProperty}). */
    public void shown() {
        ticking.set(true);
        load();
    }

    /** The screen was left: the countdowns stop, so nothing runs for a screen nobody sees. */
    public void hidden() {
        ticking.set(false);
    }

    /**
     * Recomputes the countdowns from the clock without asking the server (the view calls this every
     * minute while shown); a late tick after the screen was left changes nothing.
     */
    public void tick() {
        if (!ticking.get()) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().deviceId();
        rows.setAll(rows.stream().map(r -> row(r.device())).toList());
        selected.set(rows.stream().filter(r -> r.deviceId().equals(keep)).findFirst().orElse(null));
    }

    public void revokeSelected() {
        revoke(selected.get());
    }

    private void show(List<DeviceDetail> devices) {
        busy.set(false);
        status.set(devices.isEmpty() ? "No devices." : devices.size() + (devices.size() == 1 ? " device." : " devices."));
        String keep = selected.get() == null ? null : selected.get().deviceId();
        rows.setAll(devices.stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.deviceId().equals(keep)).findFirst().orElse(null));
    }

    private void replace(DeviceDetail device) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).deviceId().equals(device.deviceId())) {
                boolean wasSelected = rows.get(i).equals(selected.get());
                rows.set(i, row(device));
                if (wasSelected) {
                    selected.set(rows.get(i));
                }
            }
        }
    }

    private DeviceRow row(DeviceDetail device) {
        return DeviceRow.of(device, clock.instant(), clock.getZone());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("");
        error.set(ConsoleErrors.describe(failure));
    }

    public StringProperty userFilterProperty() {
        return userFilter;
    }

    public ObservableList<DeviceRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<DeviceRow> selectedProperty() {
        return selected;
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

    public ReadOnlyBooleanProperty tickingProperty() {
        return ticking.getReadOnlyProperty();
    }

    public BooleanBinding canRevokeProperty() {
        return canRevoke;
    }
}
