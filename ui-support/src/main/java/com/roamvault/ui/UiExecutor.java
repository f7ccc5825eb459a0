package com.roamvault.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where ViewModels send work that may block (server calls, KDF, files), and how
 * results come back to the UI thread. The app uses {@link FxUiExecutor}; ViewModel tests use a
 * same-thread executor so they need neither a stage nor waiting.
 */
public interface UiExecutor {

    /** Runs {@code work} off the UI thread; exactly one of the callbacks then runs on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now, when already there). */
    void onUiThread(Runnable action);
}
