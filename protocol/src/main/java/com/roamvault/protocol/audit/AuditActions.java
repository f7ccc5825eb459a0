package com.roamvault.protocol.audit;

import java.util.Set;

/** The audit actions of API.md, and the values of the enumerated event fields. */
public final class AuditActions {
    private AuditActions() {
    }

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String DEVICE_REGISTERED = "DEVICE_REGISTERED";
    public static final String DEVICE_REVOKED = "DEVICE_REVOKED";
    public static final String CACHE_SYNCED = "CACHE_SYNCED";
    public static final String AUDIT_UPLOADED = "AUDIT_UPLOADED";
    public static final String SETTINGS_CHANGED = "SETTINGS_CHANGED";
    public static final String USER_SETTINGS_CHANGED = "USER_SETTINGS_CHANGED";
    public static final String MASTER_PASSWORD_CHANGED = "MASTER_PASSWORD_CHANGED";
    public static final String RECORD_CREATED = "RECORD_CREATED";
    public static final String RECORD_UPDATED = "RECORD_UPDATED";
    public static final String RECORD_DELETED = "RECORD_DELETED";
    public static final String PERMISSION_CHANGED = "PERMISSION_CHANGED";
    /** A phone's edit named an older version than the record's: the server's stays, the phone's goes to history. */
    public static final String RECORD_EDIT_CONFLICT = "RECORD_EDIT_CONFLICT";
    /** A one-time code shown: by the Passwordstate API (server) or on a phone. */
    public static final String OTP_VIEWED = "OTP_VIEWED";
    /** Additions to API.md's list: the vault's own structure changes are audited too. */
    public static final String LIST_CREATED = "LIST_CREATED";
    public static final String LIST_DELETED = "LIST_DELETED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_UPDATED = "USER_UPDATED";
    public static final String USER_DELETED = "USER_DELETED";
    public static final String GROUP_CHANGED = "GROUP_CHANGED";

    public static final String CACHE_UNLOCKED = "CACHE_UNLOCKED";
    public static final String CACHE_UNLOCK_FAILED = "CACHE_UNLOCK_FAILED";
    public static final String CACHE_LOCKED = "CACHE_LOCKED";
    public static final String RECORD_VIEWED = "RECORD_VIEWED";
    public static final String PASSWORD_REVEALED = "PASSWORD_REVEALED";
    public static final String PASSWORD_COPIED = "PASSWORD_COPIED";
    public static final String CACHE_WIPED = "CACHE_WIPED";
    public static final String CLOCK_TAMPER_DETECTED = "CLOCK_TAMPER_DETECTED";
    public static final String BIOMETRIC_INVALIDATED = "BIOMETRIC_INVALIDATED";
    /** Addition to API.md's list (issue 12): the phone refused a sync whose policy differs from its signed lease. */
    public static final String LEASE_REFUSED = "LEASE_REFUSED";
    public static final String OTP_COPIED = "OTP_COPIED";
    /** An edit queued without a connection; the server's RECORD_UPDATED or RECORD_EDIT_CONFLICT follows at upload. */
    public static final String RECORD_EDITED_OFFLINE = "RECORD_EDITED_OFFLINE";

    /** What a phone may upload: phone actions only, so a device cannot forge server events. */
    public static final Set<String> PHONE = Set.of(CACHE_UNLOCKED, CACHE_UNLOCK_FAILED, CACHE_LOCKED, RECORD_VIEWED,
            PASSWORD_REVEALED, PASSWORD_COPIED, CACHE_WIPED, CLOCK_TAMPER_DETECTED, BIOMETRIC_INVALIDATED, LEASE_REFUSED,
            OTP_VIEWED, OTP_COPIED, RECORD_EDITED_OFFLINE);

    public static final Set<String> PLATFORMS = Set.of("AppServer", "MobileApp", "AdminConsole", "API");
    public static final Set<String> ORIGINS = Set.of("online", "offline");
    public static final Set<String> RESULTS = Set.of("success", "failure");
}
