package com.roamvault.protocol.admin;

import java.time.Instant;

/** A user as the admin API returns it after create or update. */
public record UserDetail(long id, String username, String displayName, boolean enabled, boolean securityAdmin,
                         boolean mobileAccess, boolean hasMasterPassword, Instant lockedUntil) {
}
