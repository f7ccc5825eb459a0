package com.roamvault.server.vault;

/** A permission on a list for exactly one of a user or a group. */
public record Grant(Long userId, Long groupId, String level, boolean mobileAccess) {
    public static final java.util.Set<String> LEVELS = java.util.Set.of("view", "modify", "admin");
}
