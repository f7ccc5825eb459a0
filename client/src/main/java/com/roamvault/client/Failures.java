package com.roamvault.client;

import com.fasterxml.jackson.core.JacksonException;
import com.roamvault.client.RoamvaultClientException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns what went wrong below HTTP into the client's kinds, with messages free of secrets. */
final class Failures {
    private Failures() {
    }

    static RoamvaultClientException of(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a key the trust manager, hostname check or CertificatePinner refused: never "unavailable"
            if (t instanceof PinnedTls.PinMismatchException || t instanceof CertPathValidatorException
                    || t instanceof CertPathBuilderException || t instanceof SSLPeerUnverifiedException) {
                return RoamvaultClientException.local(Kind.PIN_MISMATCH, RoamvaultClientException.PIN_MISMATCH,
                        "The server's key does not match the pin: this may not be your server (possible "
                                + "man-in-the-middle, or a wrong pin). Nothing was sent.");
            }
        }
        if (e instanceof JacksonException) {
            return protocol("The server's answer is not what the API describes");
        }
        if (e instanceof InterruptedIOException) {
            return RoamvaultClientException.local(Kind.TIMEOUT, RoamvaultClientException.TIMEOUT,
                    "The server did not answer in time" + detail(e));
        }
        if (e instanceof SSLException) {
            return RoamvaultClientException.local(Kind.NETWORK_UNAVAILABLE,
                    RoamvaultClientException.NETWORK_UNAVAILABLE, "The secure connection failed" + detail(e));
        }
        return RoamvaultClientException.local(Kind.NETWORK_UNAVAILABLE, RoamvaultClientException.NETWORK_UNAVAILABLE,
                "The server cannot be reached" + detail(e));
    }

    static RoamvaultClientException protocol(String message) {
        return RoamvaultClientException.local(Kind.PROTOCOL, RoamvaultClientException.PROTOCOL_ERROR, message);
    }

    static RoamvaultClientException invalid(String code, String message) {
        return RoamvaultClientException.local(Kind.INVALID_ARGUMENT, code, message);
    }

    private static String detail(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "" : ": " + message;
    }
}
