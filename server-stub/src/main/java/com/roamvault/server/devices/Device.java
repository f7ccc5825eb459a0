package com.roamvault.server.devices;

import com.roamvault.protocol.admin.DeviceDetail;
import java.time.Instant;

/** A registered phone; {@code revokedAt} set means an administrator revoked it. */
public record Device(String id, long userId, String username, String deviceName, String platform,
                     Instant registeredAt, Instant lastSyncAt, Instant leaseExpiresAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public DeviceDetail detail() {
        return new DeviceDetail(id, username, deviceName, platform, registeredAt, lastSyncAt, leaseExpiresAt,
                revoked() ? "revoked" : "active");
    }
}
