package com.roamvault.device.scenario;

/** A scenario cannot go on: a bad file, an unknown device or user, or a failed admin call. */
public class ScenarioException extends RuntimeException {
    private final String code;

    public ScenarioException(String message) {
        this(message, null);
    }

    public ScenarioException(String message, String code) {
        super(message);
        this.code = code;
    }

    /** The error code behind it (e.g. an admin call's), if any. */
    public String code() {
        return code;
    }
}
