package com.roamvault.device.ui.session;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.ui.dialog.DialogService;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What a phone's screen needs from the phone it is on: its state, engine calls off the UI thread,
 * the person's moves between screens and the dialogs. Screens see this, never the phone's
 * ViewModel that builds them.
 */
public interface PhoneSession {

    ReadOnlyObjectProperty<DeviceSnapshot> snapshotProperty();

    default DeviceSnapshot snapshot() {
        return snapshotProperty().get();
    }

    ReadOnlyObjectProperty<Screen> screenProperty();

    /** True while an action with a busy text runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** An action on the device, off the UI thread; {@code busyText} (or null) shows while it runs. */
    void perform(String busyText, Consumer<Device> action, Runnable onSuccess, Consumer<ActionFailure> onFailure);

    /** A call on the device, off the UI thread; on failure the phone may switch to an end state. */
    <T> void call(String busyText, Function<Device, T> work, Consumer<T> onSuccess, Consumer<ActionFailure> onFailure);

    /** Moves between the unlocked pages (records, detail, sync, settings, change password). */
    void show(Screen target);

    /** From the login screen: pair with another account or server (or give up on it). */
    void requestPairing(boolean requested);

    DialogService dialogs();
}
