package com.roamvault.device.ui.endstate;

/**
 * A state the phone cannot simply carry on from, shown full screen: what happened, why, and the
 * one way forward ({@code action}).
 */
public record EndState(Kind kind, String title, String message, String action) {

    public enum Kind {
        /** The cache was wiped (expired, failed attempts, logout, policy): log in again online. */
        WIPED,
        /** An administrator revoked the phone; it forgot its device id. */
        REVOKED,
        /** Fingerprint or account locked out for a while (or until a master-password unlock). */
        LOCKED_OUT,
        /** The clock was set back. */
        TAMPERED,
        /** A file of the phone failed its integrity check: the way out is to wipe it and sign in again. */
        DATA_TAMPERED,
        /** A server with another key answered: the phone refused to talk to it. */
        MITM_REFUSED
    }
}
