package com.roamvault.device.guided;

/** A step that failed while the story was told: its number (1-based), its title and why. */
public record StepFailure(int number, String title, String reason) {

    /** "Step 9 (The offline events in the audit history) failed: why". */
    public String describe() {
        return "Step " + number + " (" + title + ") failed: " + reason;
    }
}
