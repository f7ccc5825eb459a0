package com.roamvault.device.guided;

import com.roamvault.device.engine.error.DeviceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A guided demo: steps played one at a time, in order, each checked as it ends. Not thread-safe:
 * one caller plays it (the panel does, from one background task at a time).
 */
public final class GuidedStory {
    private final String title;
    private final List<GuidedStep> steps;
    private final GuidedStep.Action undo;
    private final List<StepFailure> failures = new ArrayList<>();
    private final Set<Integer> held = new HashSet<>();

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
        StepResult result = run(steps.get(index));
        if (result.passed()) {
            held.add(index);
        } else {
            failures.add(new StepFailure(index + 1, steps.get(index).title(), result.summary()));
        }
        return result;
    }

    private static StepResult run(GuidedStep step) {
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

    /** Every failed play of this telling, in order (a step played again after failing is listed once per failure). */
    public List<StepFailure> failures() {
        return List.copyOf(failures);
    }

    /**
     * What the end card says: that every step held, or each failure and why, so a failure seen on the
     * way is never hidden by a later play of the same step that passed.
     */
    public String ending() {
        if (failures.isEmpty()) {
            return "Every step held.";
        }
        StringBuilder text = new StringBuilder();
        for (StepFailure f : failures) {
            text.append(f.describe().replaceAll("[.\\s]+$", ""))
                    .append(held.contains(f.number() - 1) ? " (it held when played again). " : ". ");
        }
        return text.toString().strip();
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
