package com.roamvault.device.engine.net;

import java.util.List;
import java.util.Map;

/**
 * A call to the App Server that did not succeed: the server's error code (API.md), or the
 * phone's own {@code network_unavailable} / {@code pin_mismatch}.
 */
public final class AppServerException extends Exception {
    public static final String NETWORK_UNAVAILABLE = "network_unavailable";
    public static final String PIN_MISMATCH = "pin_mismatch";

    private final String code;
    private final int status;
    private final Long retryAfterSeconds;
    private final List<String> reasons;
    private final Map<String, String> fields;

    public AppServerException(String code, int status, String message, Long retryAfterSeconds, List<String> reasons,
                              Map<String, String> fields) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static AppServerException network(String message) {
        return new AppServerException(NETWORK_UNAVAILABLE, 0, message, null, null, null);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public List<String> reasons() {
        return reasons;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** True when the server was never reached (offline, flaky, MITM refused): safe to retry later. */
    public boolean unreachable() {
        return status == 0;
    }
}
