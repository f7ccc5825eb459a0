package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.crypto.DataKey;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import java.time.Duration;
import java.util.Optional;

/**
 * An open cache: the contents and the data key in memory. Changes are written with {@link #seal};
 * {@link #close()} (locking) destroys the data key. A session closes itself when the cache is
 * opened again or wiped, and then refuses to be used ({@code cache_locked}).
 */
public final class UnlockedCache implements AutoCloseable {
    /** The cache's own monitor: one lock for the file and its session, so they never deadlock. */
    private final CacheWriter cache;
    private CacheHeader header;
    private DataKey dataKey;
    private CacheContents contents;

    UnlockedCache(CacheWriter cache, CacheHeader header, DataKey dataKey, CacheContents contents) {
        this.cache = cache;
        this.header = header;
        this.dataKey = dataKey;
        this.contents = contents;
    }

    public CacheContents contents() {
        synchronized (cache) {
            requireOpen();
            return contents;
        }
    }

    public boolean isOpen() {
        synchronized (cache) {
            return !dataKey.isDestroyed();
        }
    }

    /** True when finger unlock can open this cache (a biometric-wrapped data key is stored). */
    public boolean biometricArmed() {
        synchronized (cache) {
            return header.biometricWrappedKey() != null;
        }
    }

    /** How long Argon2id took for the latest password operation of this cache, if any. */
    public Optional<Duration> kdfTime() {
        return cache.lastKdfTime();
    }

    /** Encrypts and atomically writes {@code updated} under the open data key. */
    public void seal(CacheContents updated) {
        synchronized (cache) {
            requireOpen();
            CacheHeader next = header.withTerms(CacheTerms.of(updated));
            cache.write(next, dataKey, updated);
            header = next;
            contents = updated;
        }
    }

    /**
     * Re-keys the cache for a new master password: a new data key, a new salt (with the KDF's
     * current parameters), the contents re-encrypted. Finger unlock is re-armed with a new
     * biometric key when {@code biometrics} is given and can arm; otherwise it is dropped.
     * Afterwards only {@code newPassword} (or a finger) opens the cache.
     */
    public void changePassword(char[] newPassword, BiometricSensor biometrics) {
        synchronized (cache) {
            requireOpen();
            DataKey newKey = DataKey.generate();
            CacheHeader next = cache.passwordProtectedHeader(newPassword, newKey, CacheTerms.of(contents));
            if (biometrics != null && biometrics.canArm()) {
                // Arming replaces the biometric key first; if the write below fails, finger unlock
                // stops working but the old file still opens with the old password.
                next = next.withBiometricWrapped(biometrics.arm(newKey.secretKey()));
            }
            cache.write(next, newKey, contents);
            dataKey.destroy();
            dataKey = newKey;
            header = next;
        }
    }

    /** After a master-password unlock: wraps the data key with a new biometric key (re-arms finger unlock). */
    public void armBiometric(BiometricSensor biometrics) {
        synchronized (cache) {
            requireOpen();
            CacheHeader next = header.withBiometricWrapped(biometrics.arm(dataKey.secretKey()));
            cache.write(next, dataKey, contents);
            header = next;
        }
    }

    /** Removes the biometric-wrapped data key (the policy no longer allows finger unlock). */
    public void disarmBiometric() {
        synchronized (cache) {
            requireOpen();
            if (header.biometricWrappedKey() == null) {
                return;
            }
            CacheHeader next = header.withBiometricWrapped(null);
            cache.write(next, dataKey, contents);
            header = next;
        }
    }

    /** Locks: the data key is destroyed and the contents dropped. */
    @Override
    public void close() {
        synchronized (cache) {
            dataKey.destroy();
            contents = null;
        }
    }

    private void requireOpen() {
        if (dataKey.isDestroyed()) {
            throw new DeviceException(DeviceError.CACHE_LOCKED, "the cache is locked");
        }
    }

    @Override
    public String toString() {
        return "UnlockedCache[open=" + isOpen() + "]";
    }
}
