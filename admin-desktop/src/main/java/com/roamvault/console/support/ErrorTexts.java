package com.roamvault.console.support;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.client.AdminClient;

/** What the console tells the administrator for each error code (the code stays visible for support). */
public final class ErrorTexts {
    private ErrorTexts() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof AdminApiException e) {
            return describe(e) + "  (" + e.code() + ")";
        }
        return "Something went wrong: " + failure.getMessage();
    }

    private static String describe(AdminApiException e) {
        return switch (e.code()) {
            case AdminApiException.PIN_MISMATCH -> "The server's key does not match the pin. This may not be your "
                    + "server, or the pin is wrong. Nothing was sent.";
            case AdminClient.INVALID_PIN -> "The pin must look like sha256/ followed by 44 base64 characters, as the "
                    + "server prints it.";
            case AdminApiException.NETWORK_UNAVAILABLE -> "The server cannot be reached. Check the address and "
                    + "that the server is running.";
            case AdminClient.INVALID_SERVER -> "The server address must start with https://.";
            case "invalid_credentials" -> "Wrong username or password.";
            case "account_locked" -> "The account is locked after repeated failed logins."
                    + waitText(e.retryAfterSeconds());
            case "rate_limited" -> "Too many failed logins from this address." + waitText(e.retryAfterSeconds());
            case "forbidden" -> "This account is not a security administrator.";
            case "unauthorized" -> "The session expired. Connect again.";
            case "validation_failed" -> "Some values are not valid.";
            default -> e.getMessage() != null ? e.getMessage() : "The request failed.";
        };
    }

    /** " Try again in 4 min 59 s." — empty when the server did not say. */
    static String waitText(Long seconds) {
        if (seconds == null) {
            return "";
        }
        long min = seconds / 60;
        long sec = seconds % 60;
        String left = min == 0 ? sec + " s" : sec == 0 ? min + " min" : min + " min " + sec + " s";
        return " Try again in " + left + ".";
    }
}
