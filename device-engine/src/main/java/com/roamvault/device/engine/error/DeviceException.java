package com.roamvault.device.engine.error;

import java.util.Objects;
import java.util.Optional;

/**
 * A failure the phone shows to its user or to a scenario ({@code expectError: CODE}). It always
 * carries a code: one of {@link DeviceError}, or any other code the server answered with.
 */
public class DeviceException extends RuntimeException {
    private final String code;
    private final java.util.List<String> reasons;
    private final Long retryAfterSeconds;

    public DeviceException(DeviceError error, String message) {
        this(error, message, null);
    }

    public DeviceException(DeviceError error, String message, Throwable cause) {
        super(message, cause);
        this.code = error.code();
        this.reasons = java.util.List.of();
        this.retryAfterSeconds = null;
    }

    private DeviceException(String code, String message, java.util.List<String> reasons, Long retryAfterSeconds) {
        super(message);
        this.code = code;
        this.reasons = reasons == null ? java.util.List.of() : java.util.List.copyOf(reasons);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A server error passed through with the server's own code (which may be one the phone does not know). */
    public static DeviceException fromServer(String serverCode, String message) {
        return fromServer(serverCode, message, null);
    }

    /** With the server's reasons, e.g. why a new master password was refused ({@code weak_password}). */
    public static DeviceException fromServer(String serverCode, String message, java.util.List<String> reasons) {
        return fromServer(serverCode, message, reasons, null);
    }

    /** With how long the server asks to wait ({@code account_locked}, {@code rate_limited}). */
    public static DeviceException fromServer(String serverCode, String message, java.util.List<String> reasons,
                                             Long retryAfterSeconds) {
        return new DeviceException(Objects.requireNonNull(serverCode, "serverCode"), message, reasons,
                retryAfterSeconds);
    }

    /** Seconds the server asked the phone to wait before trying again, if it said. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** The reasons behind the error, e.g. the policy's objections to a weak password; often empty. */
    public java.util.List<String> reasons() {
        return reasons;
    }

    /** The code as SCENARIOS.md spells it, e.g. {@code wrong_master_password}. */
    public String code() {
        return code;
    }

    /** The known error, empty for a server code the phone has no constant for. */
    public Optional<DeviceError> error() {
        return DeviceError.fromCode(code);
    }

    public boolean is(DeviceError error) {
        return code.equals(error.code());
    }

    @Override
    public String toString() {
        return "DeviceException[" + code + "]: " + getMessage();
    }
}
