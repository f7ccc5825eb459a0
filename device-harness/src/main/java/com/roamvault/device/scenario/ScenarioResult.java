package com.roamvault.device.scenario;

import java.time.Duration;
import java.util.List;

/** How one scenario went: each step's outcome, and the first failure (null when it passed). */
public record ScenarioResult(String file, String name, List<StepOutcome> steps, String failure, Duration took) {

    public boolean passed() {
        return failure == null;
    }

    /** One step as played: ok, or failed with what was expected and what was seen. */
    public record StepOutcome(int number, String description, boolean ok, String note, Duration took) {
    }
}
