package com.roamvault.protocol.otp;

/**
 * An otpauth URI we cannot compute codes from. The message is one sentence for a person
 * ("secret is not base32") and never repeats any part of the URI, so it cannot leak the secret.
 */
public final class InvalidOtpUriException extends IllegalArgumentException {
    public InvalidOtpUriException(String problem) {
        super(problem);
    }
}
