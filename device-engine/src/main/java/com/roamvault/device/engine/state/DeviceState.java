package com.roamvault.device.engine.state;

import java.time.Duration;
import java.time.Instant;

/**
 * What a device remembers across restarts besides its cache, journal, keys and sensor: pairing,
 * identity, access token, clock offset, lifecycle with its lock or wipe reason, failed unlocks in a
 * row (toward {@code maxFailedUnlockAttempts}), and the latest device time seen (to detect a clock
 * set back). Immutable; change it with {@link #toBuilder()}.
 */
public record DeviceState(Lifecycle lifecycle, String serverUrl, String pin, String username, String deviceName,
                          String platform, String deviceId, String accessToken, Instant accessTokenExpiresAt,
                          Duration clockOffset, LockReason lockReason, WipeReason wipeReason,
                          int consecutiveFailedUnlocks, Instant latestDeviceTimeSeen, String leaseKey) {

    /** A device straight out of the box. */
    public static final DeviceState NEW = new DeviceState(Lifecycle.UNPAIRED, null, null, null, null, null, null,
            null, null, Duration.ZERO, null, null, 0, null, null);

    public DeviceState {
        clockOffset = clockOffset == null ? Duration.ZERO : clockOffset;
        if (consecutiveFailedUnlocks < 0) {
            throw new IllegalArgumentException("consecutiveFailedUnlocks must not be negative");
        }
    }

    /**
     * The state to resume from after the simulator restarted: the data key lived only in memory,
     * so an unlocked device comes back locked.
     */
    public DeviceState restored() {
        return lifecycle == Lifecycle.UNLOCKED
                ? toBuilder().lifecycle(Lifecycle.LOCKED).lockReason(LockReason.AUTO).build()
                : this;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "DeviceState[" + lifecycle + ", user=" + username + ", deviceId=" + deviceId + ", server=" + serverUrl
                + ", accessToken=" + (accessToken == null ? "none" : "<hidden>") + ", lockReason=" + lockReason
                + ", wipeReason=" + wipeReason + ", failedUnlocks=" + consecutiveFailedUnlocks + ", clockOffset="
                + clockOffset + "]";
    }

    /** Copies a state field by field; unchanged fields keep their values. */
    public static final class Builder {
        private Lifecycle lifecycle;
        private String serverUrl;
        private String pin;
        private String username;
        private String deviceName;
        private String platform;
        private String deviceId;
        private String accessToken;
        private Instant accessTokenExpiresAt;
        private Duration clockOffset;
        private LockReason lockReason;
        private WipeReason wipeReason;
        private int consecutiveFailedUnlocks;
        private Instant latestDeviceTimeSeen;
        private String leaseKey;

        private Builder(DeviceState s) {
            lifecycle = s.lifecycle;
            serverUrl = s.serverUrl;
            pin = s.pin;
            username = s.username;
            deviceName = s.deviceName;
            platform = s.platform;
            deviceId = s.deviceId;
            accessToken = s.accessToken;
            accessTokenExpiresAt = s.accessTokenExpiresAt;
            clockOffset = s.clockOffset;
            lockReason = s.lockReason;
            wipeReason = s.wipeReason;
            consecutiveFailedUnlocks = s.consecutiveFailedUnlocks;
            latestDeviceTimeSeen = s.latestDeviceTimeSeen;
            leaseKey = s.leaseKey;
        }

        /** The server's Ed25519 lease key (base64 SPKI) from the latest login. */
        public Builder leaseKey(String value) {
            leaseKey = value;
            return this;
        }

        public Builder lifecycle(Lifecycle value) {
            lifecycle = value;
            return this;
        }

        public Builder serverUrl(String value) {
            serverUrl = value;
            return this;
        }

        public Builder pin(String value) {
            pin = value;
            return this;
        }

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder deviceName(String value) {
            deviceName = value;
            return this;
        }

        public Builder platform(String value) {
            platform = value;
            return this;
        }

        public Builder deviceId(String value) {
            deviceId = value;
            return this;
        }

        public Builder accessToken(String value, Instant expiresAt) {
            accessToken = value;
            accessTokenExpiresAt = expiresAt;
            return this;
        }

        public Builder clockOffset(Duration value) {
            clockOffset = value;
            return this;
        }

        public Builder lockReason(LockReason value) {
            lockReason = value;
            return this;
        }

        public Builder wipeReason(WipeReason value) {
            wipeReason = value;
            return this;
        }

        public Builder consecutiveFailedUnlocks(int value) {
            consecutiveFailedUnlocks = value;
            return this;
        }

        public Builder latestDeviceTimeSeen(Instant value) {
            latestDeviceTimeSeen = value;
            return this;
        }

        public DeviceState build() {
            return new DeviceState(lifecycle, serverUrl, pin, username, deviceName, platform, deviceId, accessToken,
                    accessTokenExpiresAt, clockOffset, lockReason, wipeReason, consecutiveFailedUnlocks,
                    latestDeviceTimeSeen, leaseKey);
        }
    }
}
