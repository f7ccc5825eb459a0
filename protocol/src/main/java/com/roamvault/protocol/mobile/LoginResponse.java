package com.roamvault.protocol.mobile;

import com.roamvault.protocol.policy.MobilePolicy;
import java.time.Instant;

public record LoginResponse(String accessToken, Instant accessTokenExpiresAt, String deviceId, MobilePolicy policy,
                            String leaseKey, Instant serverTime) {
    @Override
    public String toString() {
        return "LoginResponse[deviceId=" + deviceId + ", accessToken=<hidden>]";
    }
}
