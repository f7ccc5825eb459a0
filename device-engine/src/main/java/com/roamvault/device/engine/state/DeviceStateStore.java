package com.roamvault.device.engine.state;

import com.roamvault.device.engine.crypto.AuthenticationFailedException;
import com.roamvault.device.engine.keystore.KeystoreKey;
import com.roamvault.device.engine.storage.CanonicalBase64;
import com.roamvault.device.engine.storage.SignedJsonFile;
import com.roamvault.device.engine.storage.TamperedDataException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Keeps a device's {@link DeviceState} in device.json: readable JSON, signed with the device key
 * (an edited file is reported as tampering), the access token encrypted with it, written
 * atomically. A restarted simulator reloads the device from here.
 */
public final class DeviceStateStore {
    public static final String FILE = "device.json";
    private static final byte[] TOKEN_AAD = "roamvault access token".getBytes(StandardCharsets.UTF_8);

    private final KeystoreKey deviceKey;
    private final SignedJsonFile<StoredDeviceState> file;
    private DeviceState current;

    public DeviceStateStore(Path deviceFolder, KeystoreKey deviceKey) {
        this.deviceKey = deviceKey;
        this.file = new SignedJsonFile<>(deviceFolder.resolve(FILE), StoredDeviceState.class, deviceKey);
    }

    /**
     * The saved state ({@link DeviceState#NEW} for a new device), read from disk on first call.
     *
     * @throws TamperedDataException when device.json was changed outside the engine
     */
    public synchronized DeviceState current() {
        if (current == null) {
            current = file.read().map(this::fromStored).orElse(DeviceState.NEW);
        }
        return current;
    }

    public synchronized void save(DeviceState state) {
        file.write(toStored(state));
        current = state;
    }

    /** Applies {@code change} to the current state and saves the result. */
    public synchronized DeviceState update(UnaryOperator<DeviceState> change) {
        DeviceState next = change.apply(current());
        save(next);
        return next;
    }

    private StoredDeviceState toStored(DeviceState s) {
        String sealedToken = s.accessToken() == null ? null : CanonicalBase64.encode(
                deviceKey.encrypt(s.accessToken().getBytes(StandardCharsets.UTF_8), TOKEN_AAD));
        return new StoredDeviceState(s.lifecycle(), s.serverUrl(), s.pin(), s.username(), s.deviceName(),
                s.platform(), s.deviceId(), sealedToken, s.accessTokenExpiresAt(), s.clockOffset().toMillis(),
                s.lockReason(), s.wipeReason(), s.consecutiveFailedUnlocks(), s.latestDeviceTimeSeen(), s.leaseKey());
    }

    private DeviceState fromStored(StoredDeviceState s) {
        String token = null;
        if (s.accessTokenSealed() != null) {
            try {
                token = new String(deviceKey.decrypt(CanonicalBase64.decode(s.accessTokenSealed()), TOKEN_AAD),
                        StandardCharsets.UTF_8);
            } catch (AuthenticationFailedException | IllegalArgumentException e) {
                throw new TamperedDataException(file.file(), "the access token does not decrypt");
            }
        }
        if (s.lifecycle() == null) {
            throw new TamperedDataException(file.file(), "no lifecycle state");
        }
        return new DeviceState(s.lifecycle(), s.serverUrl(), s.pin(), s.username(), s.deviceName(), s.platform(),
                s.deviceId(), token, s.accessTokenExpiresAt(), Duration.ofMillis(s.clockOffsetMillis()),
                s.lockReason(), s.wipeReason(), s.consecutiveFailedUnlocks(), s.latestDeviceTimeSeen(), s.leaseKey());
    }
}
