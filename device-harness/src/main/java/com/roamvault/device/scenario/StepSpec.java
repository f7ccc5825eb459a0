package com.roamvault.device.scenario;

import java.util.Map;

/**
 * One step: its keyword, its argument (a device name, a duration, or a map), and what outcome
 * is expected: {@code expectError: CODE} (must fail so), {@code mayFail} (anything goes), or neither.
 */
public record StepSpec(int number, String keyword, Object argument, String expectError, boolean mayFail) {

    /** The argument as a map; a bare value becomes {@code {device: value}}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> args() {
        if (argument instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        return argument == null ? Map.of() : Map.of("device", argument);
    }

    public String text(String key) {
        Object v = args().get(key);
        return v == null ? null : v.toString();
    }

    public String require(String key) {
        String v = text(key);
        if (v == null || v.isBlank()) {
            throw new ScenarioException("Step " + number + " (" + keyword + ") needs '" + key + "'");
        }
        return v;
    }

    /** How the step reads in the log: {@code unlock: {device: phone, master: ***}}. */
    public String describe() {
        return keyword + ": " + Redaction.redact(argument);
    }
}
