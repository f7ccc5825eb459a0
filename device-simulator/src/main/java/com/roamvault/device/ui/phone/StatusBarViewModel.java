package com.roamvault.device.ui.phone;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.ui.support.Texts;
import java.time.Duration;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The phone's status bar: network, device clock, lease countdown and lock state, all derived from the snapshot. */
public final class StatusBarViewModel {
    private final StringBinding network;
    private final StringBinding networkStyle;
    private final StringBinding clock;
    private final StringBinding date;
    private final StringBinding lease;
    private final StringBinding lock;

    StatusBarViewModel(ReadOnlyObjectProperty<DeviceSnapshot> snapshot) {
        network = derive(snapshot, s -> switch (s.network()) {
            case ONLINE -> "Online";
            case OFFLINE -> "Offline";
            case FLAKY -> "Flaky";
            case MITM -> "Intercepted";
        });
        networkStyle = derive(snapshot, s -> "network-" + s.network().name().toLowerCase(java.util.Locale.ROOT));
        clock = derive(snapshot, s -> Texts.clock(s.deviceTime()));
        date = derive(snapshot, s -> Texts.date(s.deviceTime()));
        lease = derive(snapshot, StatusBarViewModel::leaseText);
        lock = derive(snapshot, s -> switch (s.lifecycle()) {
            case UNPAIRED -> "Not paired";
            case PAIRED -> "Signed out";
            case LOCKED -> "Locked";
            case UNLOCKED -> "Unlocked";
            case WIPED -> "Wiped";
        });
    }

    static String leaseText(DeviceSnapshot s) {
        if (s.cacheExpiresAt() == null) {
            return s.policy() != null && !s.policy().offlineCacheAllowed() ? "no offline cache" : "no cache";
        }
        return "cache wipes in " + Texts.countdown(Duration.between(s.deviceTime(), s.cacheExpiresAt()));
    }

    private static StringBinding derive(ReadOnlyObjectProperty<DeviceSnapshot> snapshot,
                                        Function<DeviceSnapshot, String> text) {
        return Bindings.createStringBinding(() -> snapshot.get() == null ? "" : text.apply(snapshot.get()), snapshot);
    }

    public StringBinding networkProperty() {
        return network;
    }

    /** A style class per network state: network-online, network-offline, network-flaky, network-mitm. */
    public StringBinding networkStyleProperty() {
        return networkStyle;
    }

    public StringBinding clockProperty() {
        return clock;
    }

    public StringBinding dateProperty() {
        return date;
    }

    public StringBinding leaseProperty() {
        return lease;
    }

    public StringBinding lockProperty() {
        return lock;
    }
}
