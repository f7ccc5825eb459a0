package com.roamvault.device.ui.phone;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.ui.endstate.EndState;
import com.roamvault.device.ui.endstate.EndStates;
import com.roamvault.device.ui.session.Screen;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which screen a phone shows: mostly what the engine's state says (unpaired, signed out, locked,
 * wiped), then the page a person moved to while unlocked, an alert a failed action raised (MITM
 * refused, locked out, tampering), and which end states the person has already read.
 */
final class PhoneNavigation {
    private final ReadOnlyObjectProperty<DeviceSnapshot> snapshot;
    private final ObjectProperty<EndState> alert = new SimpleObjectProperty<>();
    private final ObjectProperty<Screen> page = new SimpleObjectProperty<>(Screen.RECORDS);
    private final BooleanProperty wipeAcknowledged = new SimpleBooleanProperty();
    private final BooleanProperty tamperAcknowledged = new SimpleBooleanProperty();
    private final BooleanProperty pairingRequested = new SimpleBooleanProperty();
    private final ObjectBinding<Screen> screen;
    private final ObjectBinding<EndState> endState;

    PhoneNavigation(ReadOnlyObjectProperty<DeviceSnapshot> snapshot) {
        this.snapshot = snapshot;
        screen = Bindings.createObjectBinding(this::current, snapshot, alert, page, wipeAcknowledged,
                tamperAcknowledged, pairingRequested);
        endState = Bindings.createObjectBinding(() -> alert.get() != null ? alert.get() : EndStates.of(snapshot.get()),
                alert, snapshot);
        snapshot.addListener((obs, old, now) -> forgetAcknowledgements(now));
    }

    private Screen current() {
        DeviceSnapshot s = snapshot.get();
        if (alert.get() != null) {
            return Screen.END_STATE;
        }
        if (pairingRequested.get()) {
            return Screen.PAIR;
        }
        return switch (s.lifecycle()) {
            case UNPAIRED -> Screen.PAIR;
            case PAIRED -> Screen.LOGIN;
            case WIPED -> wipeAcknowledged.get() ? Screen.LOGIN : Screen.END_STATE;
            case LOCKED -> s.lockReason() == LockReason.CLOCK_TAMPER && !tamperAcknowledged.get()
                    ? Screen.END_STATE : Screen.UNLOCK;
            case UNLOCKED -> page.get();
        };
    }

    /** A new state needs reading again; leaving the unlocked state returns to the record list next time. */
    private void forgetAcknowledgements(DeviceSnapshot now) {
        if (now.lifecycle() != Lifecycle.WIPED) {
            wipeAcknowledged.set(false);
        }
        if (now.lockReason() != LockReason.CLOCK_TAMPER) {
            tamperAcknowledged.set(false);
        }
        if (now.lifecycle() != Lifecycle.UNLOCKED) {
            page.set(Screen.RECORDS);
        }
    }

    void raise(EndState state) {
        alert.set(state);
    }

    void show(Screen target) {
        if (!target.unlockedPage()) {
            throw new IllegalArgumentException(target + " follows from the phone's state, not from navigation");
        }
        page.set(target);
    }

    void back() {
        if (alert.get() != null) {
            alert.set(null);
            return;
        }
        if (pairingRequested.get() && snapshot.get().lifecycle() != Lifecycle.UNPAIRED) {
            pairingRequested.set(false);
            return;
        }
        switch (page.get()) {
            case DETAIL, SYNC, SETTINGS, OTP_CODES, CONFLICTS -> page.set(Screen.RECORDS);
            case CHANGE_PASSWORD -> page.set(Screen.SETTINGS);
            case EDIT -> page.set(Screen.DETAIL);
            default -> {
            }
        }
    }

    void acknowledgeEndState() {
        if (alert.get() != null) {
            alert.set(null);
            return;
        }
        DeviceSnapshot s = snapshot.get();
        if (s.lifecycle() == Lifecycle.WIPED) {
            wipeAcknowledged.set(true);
        } else if (s.lockReason() == LockReason.CLOCK_TAMPER) {
            tamperAcknowledged.set(true);
        }
    }

    void requestPairing(boolean requested) {
        pairingRequested.set(requested);
    }

    ObjectBinding<Screen> screen() {
        return screen;
    }

    ObjectBinding<EndState> endState() {
        return endState;
    }
}
