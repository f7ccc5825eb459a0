package com.roamvault.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON error body of API.md. {@code fields} comes with validation failures, {@code reasons}
 * with a weak password, {@code retryAfterSeconds} with a lockout or rate limit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Map<String, String> fields, List<String> reasons,
                       Long retryAfterSeconds) {

    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(code.code(), message, null, null, null);
    }

    public ErrorCode code() {
        return ErrorCode.fromCode(error);
    }
}
