package com.roamvault.device.guided;

import com.roamvault.device.engine.error.DeviceException;
import java.util.List;

/**
 * A guided demo: steps played one at a time, in order, each checked as it ends. Not thread-safe:
 * one caller plays it (the panel does, from one background task at a time).
 */
public final class GuidedStory {
    private final String title;
    private final List<GuidedStep> steps;
    private final GuidedStep.Action undo;

    /** @param undo puts back what the steps changed on the server, when a telling is abandoned half-way */
    public GuidedStory(String title, List<GuidedStep> steps, GuidedStep.Action undo) {
        this.title = title;
        this.steps = List.copyOf(steps);
        this.undo = undo;
    }

    public String title() {
        return title;
    }

    public List<GuidedStep> steps() {
        return steps;
    }

    /**
     * Runs step {@code index} (0-based) and then its check. A failure of the action or the check is
     * a failed result that says what broke, never an exception: the presenter reads it on screen.
     */
    public StepResult play(int index) {
        GuidedStep step = steps.get(index);
        try {
            step.action().run();
        } catch (Exception e) {
            return StepResult.failed("The step failed: " + describe(e));
        }
        try {
            return step.check().verify();
        } catch (Exception e) {
            return StepResult.failed("The check could not run: " + describe(e));
        }
    }

    /** Undoes what the steps played so far changed on the server (Restart calls it); blocking. */
    public void undo() throws Exception {
        undo.run();
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof DeviceException d ? d.code() + " — " + message : message;
    }
}
