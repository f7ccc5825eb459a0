package com.roamvault.device.ui.endstate;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.ui.support.Texts;
import java.time.Instant;
import java.util.Optional;

/** Which end state a phone shows: from its snapshot (wiped, revoked, clock tamper) or from a failed action. */
public final class EndStates {
    /** The button of a {@link EndState.Kind#DATA_TAMPERED} end state. */
    public static final String WIPE_AND_SIGN_IN = "Wipe and sign in again";

    private EndStates() {
    }

    /** The end state the phone is in by itself, or null. */
    public static EndState of(DeviceSnapshot s) {
        if (s == null) {
            return null;
        }
        if (s.lifecycle() == Lifecycle.WIPED) {
            return wiped(s.wipeReason());
        }
        if (s.lifecycle() == Lifecycle.LOCKED && s.lockReason() == LockReason.CLOCK_TAMPER) {
            return new EndState(EndState.Kind.TAMPERED, "Tampering detected",
                    "The phone's clock was set back. The offline cache stays locked until you unlock online, "
                            + "with the App Server reachable.", "Unlock online");
        }
        return null;
    }

    static EndState wiped(WipeReason reason) {
        if (reason == WipeReason.REVOKED) {
            return new EndState(EndState.Kind.REVOKED, "This phone was revoked",
                    "An administrator revoked this phone. Its offline cache was wiped and it forgot its device id; "
                            + "logging in again registers it as a new device.", "Log in again");
        }
        String why = switch (reason == null ? WipeReason.POLICY : reason) {
            case EXPIRED -> "It was not synced within the offline period allowed by the policy, so it expired.";
            case FAILED_ATTEMPTS -> "Too many wrong master passwords were entered in a row.";
            case CLOCK_TAMPER -> "The phone's clock was tampered with.";
            case LOGOUT -> "You logged out.";
            case POLICY -> "Mobile access was removed for this account.";
            case REVOKED -> "An administrator revoked this phone.";
            case TAMPERED -> "A file of this phone was modified outside the app, so nothing on it was trusted.";
        };
        return new EndState(EndState.Kind.WIPED, "Offline cache wiped",
                why + " The records and keys are gone from this phone; its audit journal is kept until uploaded. "
                        + "Log in again online to get your records back.  (reason=" + (reason == null ? "unknown"
                        : reason.code()) + ")", "Log in again");
    }

    /** The end state a failed action leads to, or null when the screen just shows the error. */
    public static EndState of(DeviceException e, Optional<Instant> biometricLockedUntil) {
        return switch (e.code()) {
            case "pin_mismatch" -> new EndState(EndState.Kind.MITM_REFUSED, "Connection refused",
                    "The server that answered does not hold the key this phone was paired with. Someone may be "
                            + "intercepting the connection (man in the middle). Nothing was sent: no password, "
                            + "no token, no audit event.", "Back");
            case "biometric_lockout" -> new EndState(EndState.Kind.LOCKED_OUT, "Fingerprint locked out",
                    "Too many fingerprints that did not match. Fingerprint unlock is blocked until "
                            + biometricLockedUntil.map(Texts::clockWithSeconds).orElse("a little later")
                            + " (phone time). You can still unlock with the master password.", "Use master password");
            case "biometric_lockout_permanent" -> new EndState(EndState.Kind.LOCKED_OUT, "Fingerprint disabled",
                    "Fingerprint unlock is blocked until the next unlock with the master password, after too many "
                            + "fingerprints that did not match.", "Use master password");
            case "account_locked" -> new EndState(EndState.Kind.LOCKED_OUT, "Account locked",
                    "The App Server locked this account after repeated failed logins. "
                            + e.retryAfterSeconds().map(s -> "Try again in " + (s + 59) / 60 + " min (until "
                                    + Texts.clockWithSeconds(Instant.now().plusSeconds(s)) + "), ")
                            .orElse("Try again once the lockout period has passed, ")
                            + "or ask an administrator to unlock it.",
                    "Back");
            case "cache_tampered" -> new EndState(EndState.Kind.DATA_TAMPERED, "Tampering detected",
                    "A file of this phone was modified outside the app. Nothing was read from it and no password "
                            + "was tried. Wipe the phone and sign in again online to rebuild it; the audit events "
                            + "that still verify are kept and uploaded.", WIPE_AND_SIGN_IN);
            default -> null;
        };
    }
}
