package com.roamvault.device.ui.support;

import com.roamvault.device.engine.error.DeviceException;

/** What a phone says to its user for each error code of SCENARIOS.md (the code stays visible for QA). */
public final class ErrorTexts {
    private ErrorTexts() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof DeviceException e) {
            return describe(e.code()) + "  (" + e.code() + ")";
        }
        return "Something went wrong: " + failure.getMessage();
    }

    public static String describe(String code) {
        return switch (code) {
            case "invalid_credentials" -> "Wrong username or master password.";
            case "wrong_master_password" -> "Wrong master password.";
            case "account_locked" -> "The account is locked after repeated failed logins.";
            case "rate_limited" -> "Too many attempts from this network. Try again later.";
            case "mobile_access_disabled" -> "Mobile access is disabled for this account.";
            case "device_revoked" -> "This phone was revoked by an administrator.";
            case "pin_mismatch" -> "The server's key does not match the pinned key. Connection refused.";
            case "network_unavailable" -> "The App Server cannot be reached.";
            case "weak_password" -> "The new master password does not meet the policy.";
            case "cache_locked" -> "The cache is locked.";
            case "biometric_no_match" -> "Fingerprint not recognised.";
            case "biometric_lockout" -> "Too many fingerprint attempts. Fingerprint is locked for a while.";
            case "biometric_lockout_permanent" -> "Fingerprint is disabled. Unlock with the master password.";
            case "biometric_not_allowed" -> "The policy does not allow fingerprint unlock.";
            case "biometric_invalidated" -> "Fingerprints changed. Unlock with the master password to re-enable.";
            case "cache_expired" -> "The offline cache expired and was wiped. Log in again online.";
            case "cache_locked_offline_limit" -> "Too long without a sync. Connect to unlock.";
            case "cache_tampered" -> "The offline cache was modified on disk and cannot be trusted.";
            case "clock_tampered" -> "The phone's clock was set back. Connect to unlock.";
            case "not_logged_in" -> "Not logged in, or the pairing code is not valid.";
            case "no_cache" -> "There is no offline cache on this phone. Log in again online.";
            default -> "The request failed.";
        };
    }
}
