package com.roamvault.device.ui.sync;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.support.Texts;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Sync: hand in the audit journal, fetch records and a fresh lease (the time to live restarts). */
public final class SyncViewModel {
    private final PhoneSession phone;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final StringBinding lastSync;
    private final StringBinding lease;
    private final StringBinding journal;
    private final StringBinding records;
    private final BooleanBinding canSync;

    public SyncViewModel(PhoneSession phone) {
        this.phone = phone;
        var snapshot = phone.snapshotProperty();
        lastSync = text(phone, s -> "Last sync: " + Texts.dateTime(s.lastSync()));
        lease = text(phone, s -> s.cacheExpiresAt() == null ? "No offline cache"
                : "Offline cache usable until " + Texts.dateTime(s.cacheExpiresAt()));
        journal = text(phone, s -> s.pendingAudit() == 0 ? "Audit journal: everything uploaded"
                : "Audit journal: " + s.pendingAudit() + " event(s) waiting to upload");
        records = text(phone, s -> s.records() + " records on this phone");
        canSync = Bindings.createBooleanBinding(() -> !phone.busyProperty().get(), phone.busyProperty(), snapshot);
    }

    private static StringBinding text(PhoneSession phone, Function<DeviceSnapshot, String> f) {
        var snapshot = phone.snapshotProperty();
        return Bindings.createStringBinding(() -> f.apply(snapshot.get()), snapshot);
    }

    public void sync() {
        if (!canSync.get()) {
            return;
        }
        result.set("");
        phone.perform("Syncing… uploading the journal, fetching records", d -> d.sync(),
                () -> result.set("Synced at " + Texts.clockWithSeconds(phone.snapshot().deviceTime()) + " · "
                        + phone.snapshot().records() + " records"),
                f -> result.set(f.text()));
    }

    public void back() {
        phone.show(Screen.RECORDS);
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public StringBinding lastSyncProperty() {
        return lastSync;
    }

    public StringBinding leaseProperty() {
        return lease;
    }

    public StringBinding journalProperty() {
        return journal;
    }

    public StringBinding recordsProperty() {
        return records;
    }

    public BooleanBinding canSyncProperty() {
        return canSync;
    }
}
