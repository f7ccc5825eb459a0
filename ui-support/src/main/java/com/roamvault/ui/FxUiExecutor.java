package com.roamvault.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work as JavaFX {@link Task}s on a small pool of daemon threads; callbacks arrive on the FX thread. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool;

    /** {@code threadName} names the worker threads (e.g. "console-worker"), which shows in thread dumps. */
    public FxUiExecutor(String threadName) {
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            pool.execute(task);
        } catch (RejectedExecutionException closed) {
            // closed: the window is going away and nobody waits for this answer (a timer's last tick)
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
