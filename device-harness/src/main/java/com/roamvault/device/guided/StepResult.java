package com.roamvault.device.guided;

/** How a guided step went: passed or not, and in one sentence what was seen (or what went wrong). */
public record StepResult(boolean passed, String summary) {

    public static StepResult passed(String summary) {
        return new StepResult(true, summary);
    }

    public static StepResult failed(String reason) {
        return new StepResult(false, reason);
    }

    /** Passed with {@code summary} when {@code holds}, else failed with {@code reason}. */
    public static StepResult when(boolean holds, String summary, String reason) {
        return holds ? passed(summary) : failed(reason);
    }
}
