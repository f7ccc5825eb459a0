package com.roamvault.device.ui.scenario;

/** One step of a scenario as the player lists it. */
public record StepLine(int number, String description, Status status, String note) {

    public enum Status { RUNNING, PASSED, FAILED }

    public String symbol() {
        return switch (status) {
            case RUNNING -> "▶";
            case PASSED -> "✓";
            case FAILED -> "✗";
        };
    }
}
