package com.roamvault.console;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.RoamvaultClientException.Kind;
import java.util.Map;

/** The shared client's failures as a fake server throws them, one line each. */
public final class ClientFailures {
    private ClientFailures() {
    }

    /** The server was never reached. */
    public static RoamvaultClientException unreachable(String message) {
        return RoamvaultClientException.local(Kind.NETWORK_UNAVAILABLE, RoamvaultClientException.NETWORK_UNAVAILABLE,
                message);
    }

    /** The server's JSON error. */
    public static RoamvaultClientException api(String code, int status, String message) {
        return api(code, status, message, null);
    }

    /** The server's JSON error with validation problems by field name. */
    public static RoamvaultClientException api(String code, int status, String message, Map<String, String> fields) {
        return new RoamvaultClientException(Kind.API, code, status, message, null, null, fields);
    }
}
