package com.roamvault.device.guided;

/**
 * One step of a guided demo: a caption for the audience (title and what to say), what the step does
 * to the phone and the server, and what must hold afterwards.
 */
public record GuidedStep(String title, String caption, Action action, Check check) {

    /** What the step does; blocking (KDF, network), so never on a UI thread. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** What must hold once the action ran: a passed result says what was seen, a failed one why not. */
    @FunctionalInterface
    public interface Check {
        StepResult verify() throws Exception;
    }
}
