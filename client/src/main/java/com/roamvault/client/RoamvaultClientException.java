package com.roamvault.client;

import com.roamvault.protocol.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * Every way a call to a Roamvault server can fail, as one type: the server's JSON error of
 * API.md ({@link Kind#API}, with status and code), or the client's own verdict when no usable
 * answer came back. Messages never carry a password, token or request body.
 */
public final class RoamvaultClientException extends Exception {
    /** Codes of failures the server never saw; the server's own codes are {@link ErrorCode}'s. */
    public static final String PIN_MISMATCH = "pin_mismatch";
    public static final String NETWORK_UNAVAILABLE = "network_unavailable";
    public static final String TIMEOUT = "timeout";
    public static final String PROTOCOL_ERROR = "protocol_error";
    public static final String INVALID_SERVER = "invalid_server";
    public static final String INVALID_PIN = "invalid_pin";

    public enum Kind {
        /** The server answered with an error status: see {@link #status()} and {@link #code()}. */
        API,
        /** The server's key is not the pinned one (man-in-the-middle or wrong pin); nothing was sent. */
        PIN_MISMATCH,
        /** The server could not be reached (offline, refused, TLS broken); safe to retry later. */
        NETWORK_UNAVAILABLE,
        /** Connected, but no answer in time: a mutating call may or may not have been applied. */
        TIMEOUT,
        /** The server answered something that is not the contract (bad JSON, wrong shape). */
        PROTOCOL,
        /** The caller's input was refused before any network use (bad address or pin format). */
        INVALID_ARGUMENT
    }

    private final Kind kind;
    private final String code;
    private final int status;
    private final Long retryAfterSeconds;
    private final List<String> reasons;
    private final Map<String, String> fields;

    public RoamvaultClientException(Kind kind, String code, int status, String message, Long retryAfterSeconds,
                                    List<String> reasons, Map<String, String> fields) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.reasons = reasons == null ? List.of() : List.copyOf(reasons);
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A failure decided on this side (no HTTP status). */
    public static RoamvaultClientException local(Kind kind, String code, String message) {
        return new RoamvaultClientException(kind, code, 0, message, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The API's error code ({@code invalid_credentials}, ...) or one of this class's constants. */
    public String code() {
        return code;
    }

    /** The code as the protocol's enum; null for the client's own codes or a code this client does not know. */
    public ErrorCode errorCode() {
        return ErrorCode.fromCode(code);
    }

    /** The HTTP status, 0 when no answer came back. */
    public int status() {
        return status;
    }

    /** Seconds to wait after {@code account_locked} or {@code rate_limited}; null otherwise. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Why a password was too weak ({@code weak_password}). */
    public List<String> reasons() {
        return reasons;
    }

    /** Validation problems by field name ({@code validation_failed}). */
    public Map<String, String> fields() {
        return fields;
    }

    /** True when the server was never reached or never answered: the phone may go on offline. */
    public boolean unreachable() {
        return kind == Kind.NETWORK_UNAVAILABLE || kind == Kind.TIMEOUT || kind == Kind.PIN_MISMATCH;
    }

    public boolean is(ErrorCode expected) {
        return expected.code().equals(code);
    }

    @Override
    public String toString() {
        return "RoamvaultClientException[" + kind + " " + code + (status > 0 ? " " + status : "") + ": "
                + getMessage() + "]";
    }
}
