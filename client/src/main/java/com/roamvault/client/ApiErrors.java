package com.roamvault.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.client.RoamvaultClientException.Kind;
import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.Json;
import java.io.IOException;

/** API.md's {@code {"error", "message", "fields"?, "reasons"?, "retryAfterSeconds"?}}. */
final class ApiErrors implements ErrorReader {
    static final ApiErrors INSTANCE = new ApiErrors();
    private final ObjectMapper json = Json.lenientMapper();

    @Override
    public RoamvaultClientException read(int status, byte[] body, String retryAfterHeader) {
        ApiError error = parse(body);
        boolean known = error != null && error.error() != null;
        Long retry = known && error.retryAfterSeconds() != null ? error.retryAfterSeconds() : seconds(retryAfterHeader);
        return new RoamvaultClientException(Kind.API, known ? error.error() : "http_" + status, status,
                known && error.message() != null ? error.message() : "The server answered " + status, retry,
                known ? error.reasons() : null, known ? error.fields() : null);
    }

    static Long seconds(String header) {
        return header != null && header.matches("\\d{1,9}") ? Long.valueOf(header) : null;
    }

    private ApiError parse(byte[] body) {
        try {
            return body.length == 0 ? null : json.readValue(body, ApiError.class);
        } catch (IOException e) {
            return null; // a proxy's HTML page, say: the status still tells what happened
        }
    }
}
