package com.roamvault.device.ui.unlock;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.ui.session.PhoneSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock screen: unlock with the master password (the KDF takes a noticeable moment, so it shows
 * progress), or with a finger when the policy allows it and the biometric key is armed.
 */
public final class UnlockViewModel {
    private final PhoneSession phone;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding fingerprintOffered;
    private final BooleanBinding canUnlock;
    private final StringBinding reason;
    private final StringBinding attempts;

    public UnlockViewModel(PhoneSession phone) {
        this.phone = phone;
        var snapshot = phone.snapshotProperty();
        // ARMED implies allowed: BiometricState puts NOT_ALLOWED first
        fingerprintOffered = Bindings.createBooleanBinding(() -> snapshot.get().biometric() == BiometricState.ARMED,
                snapshot);
        canUnlock = Bindings.createBooleanBinding(() -> !password.get().isEmpty() && !phone.busyProperty().get(),
                password, phone.busyProperty());
        reason = Bindings.createStringBinding(() -> reasonText(snapshot.get()), snapshot);
        attempts = Bindings.createStringBinding(() -> attemptsText(snapshot.get()), snapshot);
    }

    static String reasonText(DeviceSnapshot s) {
        if (s.lockReason() == null) {
            return "Locked";
        }
        return switch (s.lockReason()) {
            case USER -> "Locked";
            case AUTO -> "Locked after inactivity";
            case OFFLINE_LIMIT -> "Locked: too long without a sync. Connect to the App Server to unlock.";
            case CLOCK_TAMPER -> "Locked: the clock was set back. Connect to the App Server to unlock.";
            case OFFLINE_DISABLED -> "Locked: no offline cache is allowed. Connect to unlock.";
        };
    }

    static String attemptsText(DeviceSnapshot s) {
        if (s.failedUnlocks() == 0 || s.policy() == null || s.policy().maxFailedUnlockAttempts() == 0) {
            return "";
        }
        int left = s.policy().maxFailedUnlockAttempts() - s.failedUnlocks();
        return s.failedUnlocks() + " failed attempt(s); the cache is wiped after " + left + " more";
    }

    public void unlockWithPassword() {
        if (!canUnlock.get()) {
            return;
        }
        String typed = password.get();
        error.set("");
        phone.perform("Unlocking… deriving the cache key", d -> d.unlockWithPassword(typed), () -> password.set(""),
                f -> {
                    error.set(f.text());
                    password.set("");
                });
    }

    /** The phone's own button: its owner touches the sensor with the first enrolled finger. */
    public void unlockWithFingerprint() {
        var fingers = phone.snapshot().enrolledFingers();
        touch(fingers.isEmpty() ? "unknown" : fingers.getFirst());
    }

    /** A finger touches the sensor (the control panel chooses which). */
    public void touch(String finger) {
        error.set("");
        phone.perform("Checking fingerprint…", d -> d.unlockWithFinger(finger), () -> { }, f -> error.set(f.text()));
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding fingerprintOfferedProperty() {
        return fingerprintOffered;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    public StringBinding reasonProperty() {
        return reason;
    }

    public StringBinding attemptsProperty() {
        return attempts;
    }
}
