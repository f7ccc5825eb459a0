package com.roamvault.device.engine.net;

import com.roamvault.client.RoamvaultClientException;

/**
 * The phone's error codes for a failed server call, as SCENARIOS.md spells them: the server's own
 * code passes through; anything that left no usable answer (no network, a timeout, an answer
 * that is not the contract) is the phone's {@code network_unavailable}; a foreign key is
 * {@code pin_mismatch}.
 */
public final class PhoneServerErrors {
    public static final String NETWORK_UNAVAILABLE = "network_unavailable";
    public static final String PIN_MISMATCH = "pin_mismatch";

    private PhoneServerErrors() {
    }

    public static String code(RoamvaultClientException e) {
        return switch (e.kind()) {
            case API, INVALID_ARGUMENT -> e.code();
            case PIN_MISMATCH -> PIN_MISMATCH;
            case NETWORK_UNAVAILABLE, TIMEOUT, PROTOCOL -> NETWORK_UNAVAILABLE;
        };
    }

    public static String message(RoamvaultClientException e) {
        return e.kind() == RoamvaultClientException.Kind.PIN_MISMATCH
                ? "The server's certificate key does not match the pinned key: possible man-in-the-middle. "
                + "Nothing was sent."
                : e.getMessage();
    }

    /** True when the server was never reached or never answered: the phone may go on offline. */
    public static boolean unreachable(RoamvaultClientException e) {
        return e.status() == 0;
    }
}
