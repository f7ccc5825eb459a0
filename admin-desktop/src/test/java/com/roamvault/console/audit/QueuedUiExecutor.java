package com.roamvault.console.audit;

import com.roamvault.ui.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until the test runs it, so a test can act while a request is "on its way". */
final class QueuedUiExecutor implements UiExecutor {
    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    int pending() {
        return pending.size();
    }

    void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }
}
