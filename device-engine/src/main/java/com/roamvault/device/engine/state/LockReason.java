package com.roamvault.device.engine.state;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a device is LOCKED (SCENARIOS.md {@code lockReason}). */
public enum LockReason {
    USER("user"),
    AUTO("auto"),
    OFFLINE_LIMIT("offline_limit"),
    CLOCK_TAMPER("clock_tamper"),
    OFFLINE_DISABLED("offline_disabled");

    private final String code;

    LockReason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
