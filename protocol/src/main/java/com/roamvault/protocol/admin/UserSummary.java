package com.roamvault.protocol.admin;

/** A row of the admin's user list. {@code mobileAccess} is the Mobile Native App feature access. */
public record UserSummary(long id, String username, String displayName, boolean mobileAccess, boolean locked,
                          int deviceCount, boolean hasOverrides) {
}
