package com.roamvault.console.client;

import java.util.List;
import java.util.Map;

/**
 * An admin call that did not succeed: the server's error code (API.md), or the console's own
 * {@code network_unavailable} (server never reached) / {@code pin_mismatch} (wrong key, nothing sent).
 */
public final class AdminApiException extends Exception {
    public static final String NETWORK_UNAVAILABLE = "network_unavailable";
    public static final String PIN_MISMATCH = "pin_mismatch";

    private final String code;
    private final int status;
    private final Long retryAfterSeconds;
    private final List<String> reasons;
    private final Map<String, String> fields;

    public AdminApiException(String code, int status, String message, Long retryAfterSeconds, List<String> reasons,
                             Map<String, String> fields) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    static AdminApiException local(String code, String message) {
        return new AdminApiException(code, 0, message, null, null, null);
    }

    public String code() {
        return code;
    }

    /** The HTTP status, 0 when the server was never reached. */
    public int status() {
        return status;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Validation problems by field name (422 {@code validation_failed}). */
    public Map<String, String> fields() {
        return fields;
    }
}
