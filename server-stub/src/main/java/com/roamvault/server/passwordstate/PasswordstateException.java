package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * A failure on the Passwordstate-style API, answered in Passwordstate's own error shape
 * {@code [{"errors": [{"message": ...}, {"phrase": ...}]}]} with the status of API.md's code.
 */
public final class PasswordstateException extends RuntimeException {
    private final ErrorCode code;

    public PasswordstateException(ErrorCode code, String phrase) {
        super(phrase, null, false, false);
        this.code = code;
    }

    public int status() {
        return code.status();
    }

    /** {@code message} is the short status text, {@code phrase} says what went wrong. */
    public List<Map<String, List<Map<String, String>>>> body() {
        return List.of(Map.of("errors", List.of(Map.of("message", title(code)), Map.of("phrase", getMessage()))));
    }

    private static String title(ErrorCode code) {
        return switch (code.status()) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 503 -> "Service Unavailable";
            default -> code.status() >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}
