package com.roamvault.device.ui.guided;

import com.roamvault.device.guided.GuidedStep;
import com.roamvault.device.guided.GuidedStory;
import com.roamvault.device.guided.StepResult;
import com.roamvault.device.ui.support.PhoneErrors;
import com.roamvault.ui.UiExecutor;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The guided demo's caption panel: the step to play next (number, title, what to say), Next to
 * play it off the UI thread, what its check saw (passed or why not), and Restart. The story comes
 * from {@code stories} when the panel opens (or restarts): the demo phone as it is then.
 */
public final class GuidedDemoViewModel {
    /** Where the panel stands: a step waits, a step runs, or the story is over. */
    public enum Phase { WAITING, RUNNING, FINISHED }

    private final Supplier<Optional<GuidedStory>> stories;
    private final UiExecutor executor;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.WAITING);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> resultPassed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private GuidedStory story;
    private int index;

    /** @param stories a new telling of the story, or empty when there is no demo phone to tell it on */
    public GuidedDemoViewModel(Supplier<Optional<GuidedStory>> stories, UiExecutor executor) {
        this.stories = stories;
        this.executor = executor;
    }

    /** Opens the panel, at the first step unless a story is already under way. */
    public void open() {
        open.set(true);
        if (story == null) {
            begin();
        }
    }

    public void close() {
        open.set(false);
    }

    /** Plays the step shown (again, if its check failed). Does nothing while a step runs or when the story is over. */
    public void next() {
        if (story == null || phase.get() != Phase.WAITING) {
            return;
        }
        GuidedStory playing = story;
        int step = index;
        phase.set(Phase.RUNNING);
        message.set("");
        executor.submit(() -> playing.play(step), outcome -> played(playing, step, outcome), failed -> {
            phase.set(Phase.WAITING);
            showResult(StepResult.failed(PhoneErrors.describe(failed)), step);
        });
    }

    /** Whether Space and Enter belong to the presenter: the panel is open on a story not yet over. */
    public boolean takesKeys() {
        return open.get() && story != null && phase.get() != Phase.FINISHED;
    }

    /** Back to the first step; what the abandoned telling changed on the server is put back first. */
    public void restart() {
        if (phase.get() == Phase.RUNNING) {
            return;
        }
        GuidedStory abandoned = story;
        story = null;
        ready.set(false);
        if (abandoned == null) {
            begin();
            return;
        }
        phase.set(Phase.RUNNING);
        executor.submit(() -> {
            abandoned.undo();
            return null;
        }, ok -> begin(), failed -> {
            begin();
            message.set("Could not put the server back: " + PhoneErrors.describe(failed));
        });
    }

    private void begin() {
        result.set("");
        resultPassed.set(null);
        message.set("");
        index = 0;
        phase.set(Phase.WAITING);
        Optional<GuidedStory> told = stories.get();
        if (told.isEmpty()) {
            story = null;
            ready.set(false);
            progress.set("");
            title.set("No demo phone yet");
            caption.set("The guided demo plays on the phone of CORP\\jsmith (or the first demo user's phone). "
                    + "Add one with the toolbar, then press Restart.");
            return;
        }
        story = told.get();
        ready.set(true);
        showStep();
    }

    private void played(GuidedStory playing, int step, StepResult outcome) {
        if (playing != story) {
            return; // restarted meanwhile
        }
        showResult(outcome, step);
        if (!outcome.passed()) {
            phase.set(Phase.WAITING); // Next plays the same step again
            return;
        }
        index = step + 1;
        if (index == story.steps().size()) {
            phase.set(Phase.FINISHED);
            progress.set("The end");
            int failed = story.failures().size();
            title.set(failed == 0 ? "That was the story"
                    : "That was the story, with " + failed + (failed == 1 ? " failure" : " failures") + " on the way");
            caption.set(story.ending() + " Restart plays it again on the same phone.");
            return;
        }
        phase.set(Phase.WAITING);
        showStep();
    }

    private void showStep() {
        GuidedStep step = story.steps().get(index);
        progress.set("Step " + (index + 1) + " of " + story.steps().size());
        title.set(step.title());
        caption.set(step.caption());
    }

    private void showResult(StepResult outcome, int step) {
        result.set((outcome.passed() ? "✓ " : "✗ ") + "Step " + (step + 1) + ": " + outcome.summary());
        resultPassed.set(outcome.passed());
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** A story to play: there is a demo phone. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** "Step 3 of 10". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The last played step's check: "✓ Step 2: ..." or "✗ Step 2: why". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the last played step passed; null before any. */
    public ReadOnlyObjectProperty<Boolean> resultPassedProperty() {
        return resultPassed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
