package com.roamvault.server.http;

/** What a valid access token stands for: its kind, its user, and for a phone's token the device. */
public record TokenHolder(String kind, long userId, String username, boolean securityAdmin, boolean enabled,
                          String deviceId, boolean deviceRevoked) {
    public static final String MOBILE = "mobile";
    public static final String ADMIN = "admin";
}
