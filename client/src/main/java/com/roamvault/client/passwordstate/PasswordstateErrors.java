package com.roamvault.client.passwordstate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.client.ErrorReader;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.Json;
import java.io.IOException;

/**
 * Passwordstate's error shape {@code [{"errors": [{"message": ...}, {"phrase": ...}]}]}: it has no
 * code, so the code is the one API.md pairs with the status; the message is the phrase.
 */
final class PasswordstateErrors implements ErrorReader {
    private final ObjectMapper json = Json.lenientMapper();

    @Override
    public RoamvaultClientException read(int status, byte[] body, String retryAfterHeader) {
        String phrase = phrase(body);
        return new RoamvaultClientException(RoamvaultClientException.Kind.API, code(status), status,
                phrase != null ? phrase : "The server answered " + status, seconds(retryAfterHeader), null, null);
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> ErrorCode.BAD_REQUEST.code();
            case 401 -> ErrorCode.UNAUTHORIZED.code();
            case 403 -> ErrorCode.FORBIDDEN.code();
            case 404 -> ErrorCode.NOT_FOUND.code();
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED.code();
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE.code();
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE.code();
            case 422 -> ErrorCode.VALIDATION_FAILED.code();
            case 429 -> ErrorCode.RATE_LIMITED.code();
            case 503 -> ErrorCode.UNAVAILABLE.code();
            default -> status >= 500 ? ErrorCode.INTERNAL.code() : "http_" + status;
        };
    }

    private String phrase(byte[] body) {
        try {
            JsonNode errors = json.readTree(body).path(0).path("errors");
            for (JsonNode entry : errors) {
                if (entry.hasNonNull("phrase")) {
                    return entry.get("phrase").asText();
                }
            }
            return errors.path(0).hasNonNull("message") ? errors.path(0).get("message").asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Long seconds(String header) {
        return header != null && header.matches("\\d{1,9}") ? Long.valueOf(header) : null;
    }
}
