package com.roamvault.device.engine.error;

import java.util.Optional;

/**
 * The error codes a phone reports (SCENARIOS.md, "Error codes"): its own, and the server's that it
 * passes through unchanged. {@link #code()} is the wire/scenario spelling.
 */
public enum DeviceError {
    PIN_MISMATCH("pin_mismatch"),
    NETWORK_UNAVAILABLE("network_unavailable"),
    WRONG_MASTER_PASSWORD("wrong_master_password"),
    WEAK_PASSWORD("weak_password"),
    CACHE_LOCKED("cache_locked"),
    BIOMETRIC_NO_MATCH("biometric_no_match"),
    BIOMETRIC_LOCKOUT("biometric_lockout"),
    BIOMETRIC_LOCKOUT_PERMANENT("biometric_lockout_permanent"),
    BIOMETRIC_NOT_ALLOWED("biometric_not_allowed"),
    BIOMETRIC_INVALIDATED("biometric_invalidated"),
    CACHE_EXPIRED("cache_expired"),
    CACHE_LOCKED_OFFLINE_LIMIT("cache_locked_offline_limit"),
    CACHE_TAMPERED("cache_tampered"),
    /** A sync whose policy differs from the terms its verified lease signs, or a lease without terms (API.md). */
    LEASE_INVALID("lease_invalid"),
    CLOCK_TAMPERED("clock_tampered"),
    NOT_LOGGED_IN("not_logged_in"),
    NO_CACHE("no_cache"),
    /** The policy ({@code mobileEditMode}) or the list's permission forbids this edit on the phone. */
    EDIT_NOT_ALLOWED("edit_not_allowed"),

    /** Server codes, passed through as the server sent them. */
    INVALID_CREDENTIALS("invalid_credentials", true),
    ACCOUNT_LOCKED("account_locked", true),
    RATE_LIMITED("rate_limited", true),
    MOBILE_ACCESS_DISABLED("mobile_access_disabled", true),
    DEVICE_REVOKED("device_revoked", true),
    EDIT_CONFLICT("edit_conflict", true),
    FORBIDDEN("forbidden", true);

    private final String code;
    private final boolean fromServer;

    DeviceError(String code) {
        this(code, false);
    }

    DeviceError(String code, boolean fromServer) {
        this.code = code;
        this.fromServer = fromServer;
    }

    public String code() {
        return code;
    }

    /** True for codes only the server produces (the phone relays them). */
    public boolean fromServer() {
        return fromServer;
    }

    public static Optional<DeviceError> fromCode(String code) {
        for (DeviceError e : values()) {
            if (e.code.equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
