package com.roamvault.console;

import com.roamvault.console.support.UiExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs "background" work at once on the calling thread, so ViewModel tests need no FX thread and no waiting. */
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
