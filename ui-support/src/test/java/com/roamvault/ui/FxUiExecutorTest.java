package com.roamvault.ui;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class FxUiExecutorTest {

    @Test
    void workSubmittedAfterCloseIsDroppedInsteadOfThrowingIntoTheFxThread() {
        FxUiExecutor executor = new FxUiExecutor("test-worker");
        executor.close();

        assertThatCode(() -> executor.submit(() -> "late", value -> { }, failure -> { })).doesNotThrowAnyException();
    }
}
