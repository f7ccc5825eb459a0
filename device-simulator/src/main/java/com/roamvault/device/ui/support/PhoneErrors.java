package com.roamvault.device.ui.support;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.ui.error.ErrorTexts;

/** What a phone says to its user for each error code of SCENARIOS.md (the code stays visible for QA). */
public final class PhoneErrors {
    private static final ErrorTexts TEXTS = ErrorTexts.builder()
            .text("invalid_credentials", "Wrong username or master password.")
            .text("wrong_master_password", "Wrong master password.")
            .text("account_locked", "The account is locked after repeated failed logins.")
            .text("rate_limited", "Too many attempts from this network. Try again later.")
            .text("mobile_access_disabled", "Mobile access is disabled for this account.")
            .text("device_revoked", "This phone was revoked by an administrator.")
            .text("pin_mismatch", "The server's key does not match the pinned key. Connection refused.")
            .text("network_unavailable", "The App Server cannot be reached.")
            .text("weak_password", "The new master password does not meet the policy.")
            .text("cache_locked", "The cache is locked.")
            .text("biometric_no_match", "Fingerprint not recognised.")
            .text("biometric_lockout", "Too many fingerprint attempts. Fingerprint is locked for a while.")
            .text("biometric_lockout_permanent", "Fingerprint is disabled. Unlock with the master password.")
            .text("biometric_not_allowed", "The policy does not allow fingerprint unlock.")
            .text("biometric_invalidated", "Fingerprints changed. Unlock with the master password to re-enable.")
            .text("cache_expired", "The offline cache expired and was wiped. Log in again online.")
            .text("cache_locked_offline_limit", "Too long without a sync. Connect to unlock.")
            .text("cache_tampered", "The offline cache was modified on disk and cannot be trusted.")
            .text("clock_tampered", "The phone's clock was set back. Connect to unlock.")
            .text("not_logged_in", "Not logged in, or the pairing code is not valid.")
            .text("no_cache", "There is no offline cache on this phone. Log in again online.")
            .text("edit_not_allowed", "This record may not be edited on this phone.")
            .text("edit_conflict", "Someone changed this record since this phone last synced: your edit was not applied.")
            .text("forbidden", "The server refused: you may not change this record.")
            .text("validation_failed", "A field is not valid.")
            .build();

    private PhoneErrors() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof DeviceException e) {
            // the phone shows its own words only: never the server's message
            return TEXTS.describe(e.code(), null, null);
        }
        return ErrorTexts.unexpected(failure);
    }
}
