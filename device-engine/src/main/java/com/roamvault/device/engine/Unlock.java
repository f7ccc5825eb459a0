package com.roamvault.device.engine;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.device.engine.biometric.BiometricAuthorization;
import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.cache.CacheOutdatedException;
import com.roamvault.device.engine.cache.CacheTerms;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.net.PhoneServerErrors;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.SyncResponse;
import java.util.List;

/**
 * Unlocking a phone (DESIGN.md lifecycle, step 4): with the master password or a finger; online it
 * also re-authenticates and syncs, which is what lifts an offline-limit or clock-tamper lock;
 * offline the cache opens locally while its time to live lasts. Failed master-password unlocks
 * count toward {@code maxFailedUnlockAttempts}, and reaching it wipes the cache.
 */
final class Unlock {
    private final PhoneCore device;

    private final OnlineSteps online;
    private final LifecycleCheck lifecycle;

    Unlock(PhoneCore device, OnlineSteps online, LifecycleCheck lifecycle) {
        this.device = device;
        this.online = online;
        this.lifecycle = lifecycle;
    }

    void withPassword(String password) {
        if (!readyToUnlock()) {
            return;
        }
        LockReason reason = device.state().lockReason();
        if (device.network().mode() != NetworkMode.OFFLINE) {
            LoginResponse login = tryLogin(password, true);
            if (login != null) {
                online.rememberLogin(login);
                openOnline(password);
                return;
            }
        }
        requireOfflineAllowed(reason);
        try {
            device.cache().openWithPassword(password);
        } catch (DeviceException e) {
            if (e.is(DeviceError.WRONG_MASTER_PASSWORD)) {
                failedAttempt();
            }
            throw e;
        }
        afterMasterUnlock();
        device.journal(AuditActions.CACHE_UNLOCKED, true, null, "method=master");
        device.unlocked();
    }

    void withFinger(String finger) {
        if (!readyToUnlock()) {
            return;
        }
        LockReason reason = device.state().lockReason();
        if (!device.cache().onDisk()) {
            throw new DeviceException(DeviceError.CACHE_LOCKED,
                    "Records are not kept on this phone: unlock with the master password while online");
        }
        CacheTerms terms = device.cache().terms();
        if (!terms.policy().biometricUnlockAllowed()) {
            throw new DeviceException(DeviceError.BIOMETRIC_NOT_ALLOWED, "The policy does not allow biometric unlock");
        }
        BiometricAuthorization authorization;
        try {
            authorization = device.folder().sensor().authenticate(finger);
        } catch (DeviceException e) {
            device.journal(AuditActions.CACHE_UNLOCK_FAILED, false, null, "method=biometric error=" + e.code());
            throw e;
        }
        device.cache().openWithFinger(authorization);
        String credential = device.cache().contents().credential();
        if (device.network().mode() != NetworkMode.OFFLINE && credential != null) {
            LoginResponse login;
            try {
                login = tryLogin(credential, false);
            } catch (DeviceException e) {
                device.cache().lock();
                throw e;
            }
            if (login != null) {
                online.rememberLogin(login);
                device.journal(AuditActions.CACHE_UNLOCKED, true, null, "method=biometric");
                online.syncOnline(device.cache().contents());
                device.unlocked();
                return;
            }
        }
        try {
            requireOfflineAllowed(reason);
        } catch (DeviceException e) {
            device.cache().lock();
            throw e;
        }
        device.journal(AuditActions.CACHE_UNLOCKED, true, null, "method=biometric");
        device.unlocked();
    }

    /** False when already unlocked (nothing to do); throws when there is nothing to unlock. */
    private boolean readyToUnlock() {
        lifecycle.apply();
        return switch (device.state().lifecycle()) {
            case UNLOCKED -> false;
            case LOCKED -> true;
            case WIPED -> throw device.wipedError();
            default -> throw new DeviceException(DeviceError.NOT_LOGGED_IN, "Log in first");
        };
    }

    /**
     * Re-authenticates online; null when the server could not be reached (the unlock goes on
     * offline, and the reason is kept as a notice). A refused master password counts as a
     * failed unlock when it was typed.
     */
    private LoginResponse tryLogin(String password, boolean typed) {
        var s = device.state();
        ServerSession session = device.network().session(s);
        try {
            return session.login(s.username(), password, s.deviceId(), device.name(), device.options().platform());
        } catch (RoamvaultClientException e) {
            if (PhoneServerErrors.unreachable(e)) {
                device.notice(PhoneServerErrors.code(e));
                return null;
            }
            if (typed && e.code().equals("invalid_credentials")) {
                failedAttempt();
                throw new DeviceException(DeviceError.WRONG_MASTER_PASSWORD, "Wrong master password");
            }
            return online.server(() -> {
                throw e;
            });
        }
    }

    /**
     * After an online login: opens the local cache with the password, or rebuilds it when the
     * password was changed elsewhere, the cache is of an older format, or records were only in
     * memory, then syncs.
     */
    private void openOnline(String password) {
        boolean opened = false;
        if (device.cache().onDisk()) {
            try {
                device.cache().openWithPassword(password);
                opened = true;
            } catch (DeviceException e) {
                // a password changed elsewhere, or a cache from an older app version: download it again
                if (!e.is(DeviceError.WRONG_MASTER_PASSWORD) && !(e instanceof CacheOutdatedException)) {
                    throw e;
                }
            }
        }
        if (opened) {
            afterMasterUnlock();
            device.journal(AuditActions.CACHE_UNLOCKED, true, null, "method=master");
            online.syncOnline(device.cache().contents().withCredential(password));
        } else {
            device.journal(AuditActions.CACHE_UNLOCKED, true, null, "method=master");
            rebuild(password);
        }
        device.unlocked();
    }

    private void rebuild(String password) {
        var s = device.state();
        ServerSession session = device.network().session(s);
        online.server(() -> session.uploadJournal(s.accessToken(), device.folder().journal()));
        SyncResponse sync = online.sync(session, s.accessToken(), null, s.leaseKey(), s.deviceId());
        CacheContents fresh = new CacheContents(s.username(), s.deviceId(), List.of(), List.of(), null, null,
                sync.policy(), device.now(), password).afterSync(sync, device.now());
        device.cache().install(fresh, password, device.folder().sensor());
        device.folder().sensor().resetAfterMasterUnlock();
    }

    private void afterMasterUnlock() {
        device.folder().sensor().resetAfterMasterUnlock();
        device.cache().armBiometricIfPossible(device.folder().sensor());
    }

    /** Locks that only an online unlock lifts. */
    private void requireOfflineAllowed(LockReason reason) {
        if (reason == LockReason.OFFLINE_LIMIT) {
            throw new DeviceException(DeviceError.CACHE_LOCKED_OFFLINE_LIMIT,
                    "Too long without a sync: connect to the App Server to unlock");
        }
        if (reason == LockReason.CLOCK_TAMPER) {
            throw new DeviceException(DeviceError.CLOCK_TAMPERED,
                    "The phone's clock was set back: connect to the App Server to unlock");
        }
        if (reason == LockReason.OFFLINE_DISABLED || !device.cache().onDisk()) {
            throw new DeviceException(DeviceError.NETWORK_UNAVAILABLE,
                    "No offline cache is allowed for this user: connect to the App Server to unlock");
        }
    }

    private void failedAttempt() {
        device.journal(AuditActions.CACHE_UNLOCK_FAILED, false, null, "method=master");
        int failures = device.state().consecutiveFailedUnlocks() + 1;
        device.save(device.state().toBuilder().consecutiveFailedUnlocks(failures).build());
        CacheTerms terms = device.cache().onDisk() ? device.cache().terms() : null;
        int max = terms == null ? 0 : terms.policy().maxFailedUnlockAttempts();
        if (max > 0 && failures >= max && device.state().lifecycle() != Lifecycle.WIPED) {
            device.wipe(WipeReason.FAILED_ATTEMPTS);
        }
    }
}
