package com.roamvault.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadUiExecutorTest {

    @Test
    void exactlyOneCallbackRunsBeforeSubmitReturns() {
        List<String> seen = new ArrayList<>();
        UiExecutor executor = new SameThreadUiExecutor();

        executor.submit(() -> "done", seen::add, failure -> seen.add("failed"));
        executor.submit(() -> {
            throw new IOException("server down");
        }, value -> seen.add("value"), failure -> seen.add(failure.getMessage()));
        executor.onUiThread(() -> seen.add("ui"));

        assertThat(seen).containsExactly("done", "server down", "ui");
    }
}
