package com.roamvault.device.ui.guided;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.guided.GuidedStep;
import com.roamvault.device.guided.GuidedStory;
import com.roamvault.device.guided.StepResult;
import com.roamvault.ui.SameThreadUiExecutor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The end card says what failed on the way, not "Every step held", when a step failed and held only when played again. */
class GuidedDemoEndCardTest {

    @Test
    void aStepThatFailedOnceIsNamedOnTheEndCard() {
        AtomicInteger audits = new AtomicInteger();
        GuidedStory story = new GuidedStory("Two steps", List.of(
                new GuidedStep("Sync", "the phone syncs", () -> { }, () -> StepResult.passed("synced")),
                new GuidedStep("The offline events in the audit history", "the console shows them", () -> { },
                        () -> {
                            if (audits.incrementAndGet() == 1) {
                                throw new IllegalStateException("The admin API cannot be reached: unexpected end of stream");
                            }
                            return StepResult.passed("each exactly once");
                        })), () -> { });
        GuidedDemoViewModel panel = new GuidedDemoViewModel(() -> Optional.of(story), new SameThreadUiExecutor());
        panel.open();

        panel.next();
        panel.next(); // step 2 fails: the presenter presses Next again
        assertThat(panel.resultProperty().get()).startsWith("✗ Step 2:");
        panel.next();

        assertThat(panel.phaseProperty().get()).isEqualTo(GuidedDemoViewModel.Phase.FINISHED);
        assertThat(panel.titleProperty().get()).isEqualTo("That was the story, with 1 failure on the way");
        assertThat(panel.captionProperty().get())
                .startsWith("Step 2 (The offline events in the audit history) failed: The check could not run: "
                        + "The admin API cannot be reached: unexpected end of stream (it held when played again).")
                .doesNotContain("Every step held");
    }

    @Test
    void whenEveryStepHeldTheEndCardSaysSo() {
        GuidedStory story = new GuidedStory("One step", List.of(
                new GuidedStep("Sync", "the phone syncs", () -> { }, () -> StepResult.passed("synced"))), () -> { });
        GuidedDemoViewModel panel = new GuidedDemoViewModel(() -> Optional.of(story), new SameThreadUiExecutor());
        panel.open();

        panel.next();

        assertThat(panel.titleProperty().get()).isEqualTo("That was the story");
        assertThat(panel.captionProperty().get()).isEqualTo("Every step held. Restart plays it again on the same phone.");
    }
}
