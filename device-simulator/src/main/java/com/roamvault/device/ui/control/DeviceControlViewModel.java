package com.roamvault.device.ui.control;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.clock.DurationText;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.net.NetworkSwitch;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.support.Texts;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What QA does to one phone from the control panel: network, clock, fingerprint sensor, and a look
 * at its local audit journal. Everything is an engine call on the phone's executor.
 */
public final class DeviceControlViewModel {
    static final String UNKNOWN_FINGER = "stranger-finger";
    private static final List<String> FINGER_NAMES = List.of("right-thumb", "left-thumb", "right-index", "left-index",
            "right-middle", "left-middle");

    private final PhoneViewModel phone;
    private final ObjectBinding<NetworkMode> network;
    private final StringBinding clock;
    private final StringBinding biometric;
    private final ObjectBinding<List<String>> fingers;
    private final StringBinding journalSummary;
    private final StringProperty customDuration = new SimpleStringProperty("3d");
    private final StringProperty newFinger = new SimpleStringProperty("");
    private final ObservableList<String> pendingEvents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Integer shownPending;

    public DeviceControlViewModel(PhoneViewModel phone) {
        this.phone = phone;
        var snapshot = phone.snapshotProperty();
        network = Bindings.createObjectBinding(() -> snapshot.get().network(), snapshot);
        clock = Bindings.createStringBinding(() -> clockText(snapshot.get(), Instant.now()), snapshot);
        biometric = Bindings.createStringBinding(() -> "Sensor: " + snapshot.get().biometric().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' '), snapshot);
        fingers = Bindings.createObjectBinding(() -> snapshot.get().enrolledFingers(), snapshot);
        journalSummary = Bindings.createStringBinding(() -> snapshot.get().pendingAudit() + " pending · "
                + snapshot.get().uploadedAudit() + " uploaded", snapshot);
        newFinger.set(suggestFinger(phone.snapshot().enrolledFingers()));
        fingers.addListener((obs, old, now) -> newFinger.set(suggestFinger(now)));
        snapshot.addListener((obs, old, now) -> journalMaybeChanged(now));
        journalMaybeChanged(phone.snapshot());
    }

    static String clockText(DeviceSnapshot s, Instant realNow) {
        Duration offset = Duration.between(realNow, s.deviceTime());
        String drift = offset.abs().compareTo(Duration.ofMinutes(1)) < 0 ? "real time"
                : (offset.isNegative() ? "behind by " : "ahead by ") + Texts.countdown(offset.abs());
        return Texts.dateTime(s.deviceTime()) + "  (" + drift + ")";
    }

    private static String suggestFinger(List<String> enrolled) {
        return FINGER_NAMES.stream().filter(f -> !enrolled.contains(f)).findFirst().orElse("finger-" + enrolled.size());
    }

    // ---- network

    public void setNetwork(NetworkMode mode) {
        if (mode == network.get()) {
            return;
        }
        if (mode == NetworkMode.FLAKY) {
            act("Network: flaky (" + Math.round(NetworkSwitch.DEFAULT_FAIL_RATE * 100) + "% of calls fail)",
                    d -> d.qa().setFlaky(NetworkSwitch.DEFAULT_FAIL_RATE, null));
        } else {
            act("Network: " + mode.name().toLowerCase(java.util.Locale.ROOT), d -> d.qa().setNetwork(mode));
        }
    }

    // ---- clock

    public void advanceClock(Duration by) {
        act("Clock moved " + DurationText.format(by), d -> d.qa().advanceClock(by));
    }

    /** Sets the phone's clock back (a negative shift, which the engine may treat as tampering). */
    public void setClockBack(Duration by) {
        act("Clock set back " + DurationText.format(by), d -> d.qa().shiftClock(by.negated()));
    }

    /** The custom field: {@code 3d}, {@code 12h}, {@code -2d} (negative sets the clock back). */
    public void applyCustomDuration() {
        Duration by;
        try {
            by = DurationText.parse(customDuration.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (by.isNegative()) {
            setClockBack(by.negated());
        } else {
            advanceClock(by);
        }
    }

    // ---- fingerprint sensor

    public void touchWith(String finger) {
        if (finger != null) {
            message.set("Touched the sensor with " + finger);
            phone.unlock().touch(finger);
        }
    }

    public void touchWithUnknownFinger() {
        message.set("Touched the sensor with an unknown finger");
        phone.unlock().touch(UNKNOWN_FINGER);
    }

    public void enrollFinger() {
        String finger = newFinger.get() == null ? "" : newFinger.get().strip();
        if (finger.isEmpty()) {
            message.set("Name the finger to enroll, e.g. left-thumb");
            return;
        }
        act("Enrolled " + finger, d -> d.qa().enrollFinger(finger));
    }

    public void removeFingers() {
        act("Removed all fingers", d -> d.qa().removeFingers());
    }

    // ---- journal

    private void journalMaybeChanged(DeviceSnapshot s) {
        if (Objects.equals(shownPending, s.pendingAudit())) {
            return;
        }
        shownPending = s.pendingAudit();
        phone.call(null, d -> d.pendingAudit(), events -> pendingEvents.setAll(events.stream()
                .map(DeviceControlViewModel::describe).toList()), f -> message.set(f.text()));
    }

    static String describe(AuditUploadEvent e) {
        return Texts.clockWithSeconds(e.occurredAt()) + "  " + e.action() + ("failure".equals(e.result()) ? " ✗" : "")
                + (e.detail() == null ? "" : "  " + e.detail()) + "  [" + e.origin() + "]";
    }

    private void act(String done, java.util.function.Consumer<com.roamvault.device.engine.Device> action) {
        phone.perform(null, action, () -> message.set(done), f -> message.set(f.text()));
    }

    public PhoneViewModel phone() {
        return phone;
    }

    public ObjectBinding<NetworkMode> networkProperty() {
        return network;
    }

    public StringBinding clockProperty() {
        return clock;
    }

    public StringBinding biometricProperty() {
        return biometric;
    }

    public ObjectBinding<List<String>> fingersProperty() {
        return fingers;
    }

    public StringBinding journalSummaryProperty() {
        return journalSummary;
    }

    public ObservableList<String> pendingEvents() {
        return FXCollections.unmodifiableObservableList(pendingEvents);
    }

    public StringProperty customDurationProperty() {
        return customDuration;
    }

    public StringProperty newFingerProperty() {
        return newFinger;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
