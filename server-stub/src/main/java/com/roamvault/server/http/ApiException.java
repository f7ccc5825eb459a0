package com.roamvault.server.http;

import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.ErrorCode;
import java.util.List;
import java.util.Map;

/** A failure to answer with the JSON error of API.md; thrown by services, mapped in one place. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final Map<String, String> fields;
    private final List<String> reasons;
    private final Long retryAfterSeconds;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null, null, null);
    }

    public ApiException(ErrorCode code, String message, Map<String, String> fields, List<String> reasons,
                        Long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.fields = fields;
        this.reasons = reasons;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException validation(Map<String, String> fields) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "Some fields are not valid: " + String.join(", ",
                fields.keySet()), fields, null, null);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " does not exist");
    }

    public ErrorCode code() {
        return code;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ApiError toBody() {
        return new ApiError(code.code(), getMessage(), fields, reasons, retryAfterSeconds);
    }
}
