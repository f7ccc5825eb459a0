package com.roamvault.device.engine;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import java.time.Clock;
import com.roamvault.device.engine.net.PhoneHttp;

/**
 * How a simulated phone is built: its name and platform as the server registers them, the cache's
 * Argon2id settings (real by default), the clock its own clock is offset from, and the HTTP
 * client it shares with other phones (fleets share one pool).
 */
public record DeviceOptions(String deviceName, String platform, Argon2Kdf kdf, Clock systemClock, PhoneHttp http) {

    public static DeviceOptions named(String deviceName) {
        return new DeviceOptions(deviceName, "android", new Argon2Kdf(), Clock.systemUTC(), PhoneHttp.shared());
    }

    public DeviceOptions withPlatform(String p) {
        return new DeviceOptions(deviceName, p, kdf, systemClock, http);
    }

    public DeviceOptions withKdf(Argon2Kdf k) {
        return new DeviceOptions(deviceName, platform, k, systemClock, http);
    }

    public DeviceOptions withHttp(PhoneHttp h) {
        return new DeviceOptions(deviceName, platform, kdf, systemClock, h);
    }
}
