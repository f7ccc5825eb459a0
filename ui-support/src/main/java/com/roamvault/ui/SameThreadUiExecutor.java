package com.roamvault.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs "background" work at once on the calling thread: ViewModel tests (and headless tools) need
 * no FX thread and no waiting, and see every state change in order.
 */
public final class SameThreadUiExecutor implements UiExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
