package com.roamvault.device.engine;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.protocol.policy.MobilePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a phone shows at one moment (status bar, lock screen, settings): what UIs render and
 * scenarios {@code expect}. {@code cacheExpiresAt} is on the phone's clock; null when no cache.
 * {@code pendingEdits} and {@code conflicts} count what the open cache holds (0 while locked).
 */
public record DeviceSnapshot(String name, Lifecycle lifecycle, LockReason lockReason, WipeReason wipeReason,
                             String username, String deviceId, String serverUrl, String pin, NetworkMode network,
                             Instant deviceTime, Instant cacheExpiresAt, Instant lastSync, int records,
                             BiometricState biometric, List<String> enrolledFingers, int pendingAudit,
                             long uploadedAudit, int failedUnlocks, MobilePolicy policy, String clipboardTitle,
                             Instant clipboardClearsAt, String lastError, int pendingEdits, int conflicts) {

    /** Days (fractional) until the cache is wiped; null without a cache. */
    public Double leaseDaysLeft() {
        if (cacheExpiresAt == null) {
            return null;
        }
        return Duration.between(deviceTime, cacheExpiresAt).toMillis() / 86_400_000.0;
    }
}
