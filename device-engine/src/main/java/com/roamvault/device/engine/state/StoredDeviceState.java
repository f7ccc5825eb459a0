package com.roamvault.device.engine.state;

import java.time.Instant;

/**
 * device.json's body: {@link DeviceState} with the access token encrypted under the device key
 * (base64 of nonce, ciphertext and tag) and the clock offset in milliseconds.
 */
record StoredDeviceState(Lifecycle lifecycle, String serverUrl, String pin, String username, String deviceName,
                         String platform, String deviceId, String accessTokenSealed, Instant accessTokenExpiresAt,
                         long clockOffsetMillis, LockReason lockReason, WipeReason wipeReason,
                         int consecutiveFailedUnlocks, Instant latestDeviceTimeSeen, String leaseKey) {
}
