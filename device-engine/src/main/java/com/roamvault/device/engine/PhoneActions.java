package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * How every action on a phone runs: one at a time, lifecycle rules first where it reads the
 * cache, its error remembered for the UI and {@code expect: lastError}, then listeners told.
 */
final class PhoneActions {
    private final PhoneCore core;
    private final LifecycleCheck lifecycle;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    PhoneActions(PhoneCore core, LifecycleCheck lifecycle) {
        this.core = core;
        this.lifecycle = lifecycle;
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** An action: its error (or the notice it left) becomes the phone's last error. */
    synchronized void act(Runnable action) {
        perform(() -> {
            action.run();
            return null;
        });
    }

    /** An action with a result, under the same rules as {@link #act}. */
    synchronized <T> T perform(Supplier<T> action) {
        core.takeNotice();
        try {
            T result = action.get();
            core.lastError(core.takeNotice());
            return result;
        } catch (DeviceException e) {
            core.lastError(e.code());
            throw e;
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    /** A read of the open cache: rules first, must be unlocked, counts as activity. */
    synchronized <T> T read(Supplier<T> reader) {
        try {
            lifecycle.apply();
            core.requireUnlocked();
            T result = reader.get();
            core.touch();
            core.lastError(null);
            return result;
        } catch (DeviceException e) {
            core.lastError(e.code());
            throw e;
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    /** Re-applies the time-based rules; listeners hear of it even when nothing changed. */
    synchronized void tick() {
        try {
            lifecycle.apply();
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    /** A look at the phone under the same lock as its actions, telling no one. */
    synchronized <T> T quietly(Supplier<T> look) {
        return look.get();
    }
}
