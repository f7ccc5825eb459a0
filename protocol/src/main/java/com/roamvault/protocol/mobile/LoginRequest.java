package com.roamvault.protocol.mobile;

/** {@code deviceId} null registers a new device. */
public record LoginRequest(String username, String password, String deviceId, String deviceName, String platform) {
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", deviceId=" + deviceId + ", password=<hidden>]";
    }
}
