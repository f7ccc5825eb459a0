package com.roamvault.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Every error code of API.md with the HTTP status it travels with. */
public enum ErrorCode {
    BAD_REQUEST("bad_request", 400),
    INVALID_CREDENTIALS("invalid_credentials", 401),
    UNAUTHORIZED("unauthorized", 401),
    FORBIDDEN("forbidden", 403),
    MOBILE_ACCESS_DISABLED("mobile_access_disabled", 403),
    DEVICE_REVOKED("device_revoked", 403),
    NOT_FOUND("not_found", 404),
    METHOD_NOT_ALLOWED("method_not_allowed", 405),
    CONFLICT("conflict", 409),
    EDIT_CONFLICT("edit_conflict", 409),
    PAYLOAD_TOO_LARGE("payload_too_large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
    ACCOUNT_LOCKED("account_locked", 423),
    VALIDATION_FAILED("validation_failed", 422),
    WEAK_PASSWORD("weak_password", 422),
    RATE_LIMITED("rate_limited", 429),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503);

    private final String code;
    private final int status;

    ErrorCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    @JsonCreator
    public static ErrorCode fromCode(String code) {
        for (ErrorCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
