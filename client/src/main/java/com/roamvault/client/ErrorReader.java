package com.roamvault.client;

/**
 * Reads a failed answer's body into the exception. The admin and mobile APIs answer API.md's
 * JSON error; the Passwordstate subset keeps Passwordstate's own shape.
 */
@FunctionalInterface
public interface ErrorReader {
    RoamvaultClientException read(int status, byte[] body, String retryAfterHeader);
}
