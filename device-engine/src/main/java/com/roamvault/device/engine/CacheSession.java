package com.roamvault.device.engine;

import com.roamvault.device.engine.biometric.BiometricAuthorization;
import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.cache.CacheTerms;
import com.roamvault.device.engine.cache.UnlockedCache;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.otp.OtpIndex;

/**
 * The phone's open records: an unlocked cache file, or — when the policy allows no offline cache
 * ({@code offlineCacheDays} 0) — records held in memory only, never written to disk.
 */
final class CacheSession {
    private final DeviceFolder folder;
    private UnlockedCache open;
    private CacheContents memory;
    private OtpIndex otp;

    CacheSession(DeviceFolder folder) {
        this.folder = folder;
    }

    CacheContents contents() {
        if (open != null && open.isOpen()) {
            return open.contents();
        }
        if (memory != null) {
            return memory;
        }
        throw new DeviceException(DeviceError.CACHE_LOCKED, "The cache is locked");
    }

    /** The open records' parsed one-time code secrets, parsed again only when the records changed. */
    OtpIndex otp() {
        var records = contents().records();
        if (otp == null || !otp.builtFrom(records)) {
            otp = new OtpIndex(records);
        }
        return otp;
    }

    boolean isOpen() {
        return (open != null && open.isOpen()) || memory != null;
    }

    boolean inMemoryOnly() {
        return memory != null;
    }

    /** The facts the lifecycle rules need, readable while locked; null when there is no cache at all. */
    CacheTerms terms() {
        if (memory != null) {
            return CacheTerms.of(memory);
        }
        if (open != null && open.isOpen()) {
            return CacheTerms.of(open.contents());
        }
        return folder.cache().exists() ? folder.cache().terms() : null;
    }

    boolean onDisk() {
        return folder.cache().exists();
    }

    /** A fresh cache after a login: on disk under the password, or in memory with zero offline days. */
    void install(CacheContents contents, String password, BiometricSensor sensor) {
        lock();
        if (contents.policy().offlineCacheAllowed()) {
            open = folder.cache().create(password.toCharArray(), contents, sensor);
        } else {
            folder.cache().wipe();
            memory = contents;
        }
    }

    /** Stores synced contents, moving between disk and memory when the offline days changed to or from 0. */
    void update(CacheContents contents, BiometricSensor sensor) {
        boolean toDisk = contents.policy().offlineCacheAllowed();
        if (memory != null && toDisk) {
            memory = null;
            open = folder.cache().create(contents.credential().toCharArray(), contents, sensor);
        } else if (memory != null || !toDisk) {
            lock();
            folder.cache().wipe();
            memory = contents;
        } else {
            open.seal(contents);
            if (!contents.policy().biometricUnlockAllowed() && open.biometricArmed()) {
                open.disarmBiometric();
            }
        }
    }

    void openWithPassword(String password) {
        lock();
        open = folder.cache().openWithPassword(password.toCharArray());
    }

    void openWithFinger(BiometricAuthorization authorization) {
        lock();
        open = folder.cache().openWithBiometric(authorization);
    }

    /** After a master-password unlock: finger unlock is armed (again) when the sensor can. */
    void armBiometricIfPossible(BiometricSensor sensor) {
        var state = sensor.state();
        boolean keyMissing = state == com.roamvault.device.engine.biometric.BiometricState.NOT_ARMED
                || state == com.roamvault.device.engine.biometric.BiometricState.INVALIDATED;
        if (open != null && open.isOpen() && sensor.canArm() && (keyMissing || !open.biometricArmed())) {
            open.armBiometric(sensor);
        }
    }

    void changePassword(String next, BiometricSensor sensor) {
        if (memory != null) {
            memory = memory.withCredential(next);
            return;
        }
        open.seal(open.contents().withCredential(next));
        open.changePassword(next.toCharArray(), sensor.canArm() ? sensor : null);
    }

    /** Locks: the data key is destroyed; in-memory records are dropped. */
    void lock() {
        if (open != null) {
            open.close();
            open = null;
        }
        memory = null;
        otp = null;
    }

    void forget() {
        lock();
    }
}
