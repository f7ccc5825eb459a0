package com.roamvault.device.engine.cache;

import com.roamvault.protocol.policy.MobilePolicy;
import java.time.Instant;

/**
 * The non-secret facts of a cache, kept in its authenticated header so the phone can check them
 * while locked, before any password: whose cache it is, the policy (time to live, lock stage,
 * failed-unlock limit, biometrics allowed), the device time of the last successful sync and the
 * lease's server-side expiry.
 */
public record CacheTerms(String username, String deviceId, MobilePolicy policy, Instant lastSyncDeviceTime,
                         Instant leaseExpiresAt) {

    public static CacheTerms of(CacheContents contents) {
        return new CacheTerms(contents.username(), contents.deviceId(), contents.policy(),
                contents.lastSyncDeviceTime(), contents.lease() == null ? null : contents.lease().expiresAt());
    }
}
