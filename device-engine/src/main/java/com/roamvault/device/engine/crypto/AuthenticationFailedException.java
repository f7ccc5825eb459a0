package com.roamvault.device.engine.crypto;

/** Sealed bytes did not verify: wrong key, or the bytes (or their associated data) were changed. */
public final class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException(String message) {
        super(message);
    }
}
