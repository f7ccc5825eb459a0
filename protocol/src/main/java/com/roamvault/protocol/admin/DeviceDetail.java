package com.roamvault.protocol.admin;

import java.time.Instant;

/** {@code status}: active or revoked. */
public record DeviceDetail(String deviceId, String username, String deviceName, String platform,
                           Instant registeredAt, Instant lastSyncAt, Instant leaseExpiresAt, String status) {
}
