package com.roamvault.device.ui.phone;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.ui.endstate.EndState;
import com.roamvault.device.ui.endstate.EndStates;
import com.roamvault.device.ui.session.ActionFailure;
import com.roamvault.ui.UiExecutor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Calls on one device off the UI thread, on the injected executor: whether one with a busy text
 * runs (and what it says meanwhile), and the end state a failure raises (MITM refused, locked out,
 * tampering), read while still off the UI thread.
 */
final class DeviceCalls {
    private final Device device;
    private final UiExecutor executor;
    private final Consumer<EndState> raise;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper("");

    DeviceCalls(Device device, UiExecutor executor, Consumer<EndState> raise) {
        this.device = device;
        this.executor = executor;
        this.raise = raise;
        busy.bind(running.greaterThan(0));
    }

    <T> void call(String busyText, Function<Device, T> work, Consumer<T> onSuccess, Consumer<ActionFailure> onFailure) {
        started(busyText);
        executor.submit(() -> {
            try {
                return Outcome.ok(work.apply(device));
            } catch (DeviceException e) {
                return Outcome.<T>failed(e, EndStates.of(e, device.biometricLockedOutUntil()));
            }
        }, outcome -> {
            finished(busyText);
            if (outcome.failure() == null) {
                onSuccess.accept(outcome.value());
            } else {
                if (outcome.alert() != null) {
                    raise.accept(outcome.alert());
                }
                onFailure.accept(ActionFailure.of(outcome.failure()));
            }
        }, unexpected -> {
            finished(busyText);
            onFailure.accept(ActionFailure.of(unexpected));
        });
    }

    private record Outcome<T>(T value, DeviceException failure, EndState alert) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, null, null);
        }

        static <T> Outcome<T> failed(DeviceException e, EndState alert) {
            return new Outcome<>(null, e, alert);
        }
    }

    private void started(String busyText) {
        if (busyText != null) {
            running.set(running.get() + 1);
            busyMessage.set(busyText);
        }
    }

    private void finished(String busyText) {
        if (busyText != null) {
            running.set(running.get() - 1);
        }
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }
}
