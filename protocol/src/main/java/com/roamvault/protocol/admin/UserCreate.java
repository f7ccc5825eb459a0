package com.roamvault.protocol.admin;

/** POST /users; optional fields may be null. On PUT, null fields stay as they are. */
public record UserCreate(String username, String displayName, String masterPassword, Boolean securityAdmin,
                         Boolean mobileAccess, Boolean enabled) {
    @Override
    public String toString() {
        return "UserCreate[username=" + username + ", masterPassword=<hidden>]";
    }
}
