package com.roamvault.server;

/** A flag is missing or wrong: said in one line, with no stack trace. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message, null, false, false);
    }
}
