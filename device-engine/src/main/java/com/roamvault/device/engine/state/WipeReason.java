package com.roamvault.device.engine.state;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a cache was wiped: the {@code reason=} of {@code CACHE_WIPED} (API.md). */
public enum WipeReason {
    EXPIRED("expired"),
    FAILED_ATTEMPTS("failed_attempts"),
    REVOKED("revoked"),
    CLOCK_TAMPER("clock_tamper"),
    LOGOUT("logout"),
    POLICY("policy"),
    /** A file of the device folder failed its integrity check and the person chose to wipe and log in again. */
    TAMPERED("tampered");

    private final String code;

    WipeReason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The audit detail, e.g. {@code reason=expired}. */
    public String auditDetail() {
        return "reason=" + code;
    }
}
