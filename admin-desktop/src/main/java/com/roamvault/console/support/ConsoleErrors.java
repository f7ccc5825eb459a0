package com.roamvault.console.support;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.RoamvaultClientException.Kind;
import com.roamvault.ui.error.ErrorTexts;

/**
 * What the console tells the administrator for each failure of the shared client (the code stays
 * visible for support).
 */
public final class ConsoleErrors {
    private static final ErrorTexts TEXTS = ErrorTexts.builder()
            .text(RoamvaultClientException.PIN_MISMATCH, "The server's key does not match the pin. This may not be "
                    + "your server, or the pin is wrong. Nothing was sent.")
            .text(RoamvaultClientException.INVALID_PIN, "The pin must look like sha256/ followed by 44 base64 "
                    + "characters, as the server prints it.")
            .text(RoamvaultClientException.NETWORK_UNAVAILABLE, "The server cannot be reached. Check the address "
                    + "and that the server is running.")
            .text(RoamvaultClientException.INVALID_SERVER, "The server address must start with https://.")
            .text("invalid_credentials", "Wrong username or password.")
            .textWithWait("account_locked", "The account is locked after repeated failed logins.")
            .textWithWait("rate_limited", "Too many failed logins from this address.")
            .text("forbidden", "This account is not a security administrator.")
            .text("unauthorized", "The session expired. Connect again.")
            .text("validation_failed", "Some values are not valid.")
            .serverMessageAsFallback()
            .build();

    private ConsoleErrors() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof RoamvaultClientException e) {
            return TEXTS.describe(codeOf(e), e.retryAfterSeconds(), e.getMessage());
        }
        return ErrorTexts.unexpected(failure);
    }

    /** A server that never answered reads to the administrator like one that cannot be reached, as it always has. */
    private static String codeOf(RoamvaultClientException e) {
        return e.kind() == Kind.TIMEOUT ? RoamvaultClientException.NETWORK_UNAVAILABLE : e.code();
    }
}
