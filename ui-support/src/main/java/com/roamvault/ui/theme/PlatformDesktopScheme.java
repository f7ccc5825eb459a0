package com.roamvault.ui.theme;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The desktop's colour scheme, one watcher per program. JavaFX 22+ reports it itself
 * ({@code Platform.getPreferences().colorSchemeProperty()}, looked up reflectively because the build
 * uses JavaFX 21, where it does not exist); on JavaFX 21 the desktop's own settings are asked every few
 * seconds ({@link DesktopSettingsProbe}). Monocle (the headless tests) has no desktop: light.
 */
public final class PlatformDesktopScheme {
    private static final long POLL_SECONDS = 3;
    private static DesktopScheme instance;

    private PlatformDesktopScheme() {
    }

    /** The running desktop's preference, followed live. */
    public static synchronized DesktopScheme get() {
        if (instance == null) {
            instance = javafxPreferences().orElseGet(PlatformDesktopScheme::polled);
        }
        return instance;
    }

    static Optional<DesktopScheme> javafxPreferences() {
        try {
            Method preferences = Platform.class.getMethod("getPreferences");
            Method colorScheme = Class.forName("javafx.application.Platform$Preferences")
                    .getMethod("colorSchemeProperty");
            ObservableValue<?> scheme = (ObservableValue<?>) colorScheme.invoke(preferences.invoke(null));
            ObservableBooleanValue dark = Bindings.createBooleanBinding(
                    () -> "DARK".equals(String.valueOf(scheme.getValue())), scheme);
            return Optional.of(DesktopScheme.of(dark));
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            return Optional.empty(); // JavaFX 21
        }
    }

    private static DesktopScheme polled() {
        ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return DesktopScheme.of(dark.getReadOnlyProperty());
        }
        // asked once before the first window shows, so it does not flash the other scheme
        dark.set(DesktopSettingsProbe.prefersDark());
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "desktop-scheme-watch");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            boolean now = DesktopSettingsProbe.prefersDark();
            Platform.runLater(() -> dark.set(now));
        }, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        return DesktopScheme.of(dark.getReadOnlyProperty());
    }
}
