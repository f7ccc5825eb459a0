package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.state.DeviceState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Instant;

/**
 * A phone's parts and the state moves every step shares (unlock, lock, wipe, journal), so that
 * the steps ({@link OnlineSteps}, {@link LifecycleCheck}, {@link Unlock}) need only this, never the
 * {@link Device} that drives them.
 */
final class PhoneCore {
    private final String name;
    private final DeviceOptions options;
    private final DeviceFolder folder;
    private final DeviceNetwork network;
    private final CacheSession cache;
    private final Clipboard clipboard = new Clipboard();
    private Instant lastActivity;
    private String lastError;
    private String notice;

    PhoneCore(String name, DeviceOptions options, DeviceFolder folder) {
        this.name = name;
        this.options = options;
        this.folder = folder;
        this.network = new DeviceNetwork(options.http());
        this.cache = new CacheSession(folder);
        folder.state().save(folder.state().current().restored());
    }

    String name() {
        return name;
    }

    DeviceOptions options() {
        return options;
    }

    DeviceFolder folder() {
        return folder;
    }

    DeviceNetwork network() {
        return network;
    }

    CacheSession cache() {
        return cache;
    }

    Clipboard clipboard() {
        return clipboard;
    }

    DeviceState state() {
        return folder.state().current();
    }

    void save(DeviceState s) {
        folder.state().save(s);
    }

    Instant now() {
        return folder.clock().now();
    }

    void unlocked() {
        save(state().toBuilder().lifecycle(Lifecycle.UNLOCKED).lockReason(null).wipeReason(null)
                .consecutiveFailedUnlocks(0).latestDeviceTimeSeen(now()).build());
        touch();
    }

    void lockAs(LockReason reason) {
        boolean wasUnlocked = state().lifecycle() == Lifecycle.UNLOCKED;
        cache.lock();
        clipboard.clear();
        save(state().toBuilder().lifecycle(Lifecycle.LOCKED).lockReason(reason).build());
        if (wasUnlocked || reason != LockReason.USER) {
            journal(AuditActions.CACHE_LOCKED, true, null, "reason=" + reason.code());
        }
    }

    void wipe(WipeReason reason) {
        cache.forget();
        folder.cache().wipe();
        Leftovers.sweep(folder.folder());
        clipboard.clear();
        DeviceState.Builder next = state().toBuilder().lifecycle(Lifecycle.WIPED).wipeReason(reason).lockReason(null)
                .accessToken(null, null).consecutiveFailedUnlocks(0);
        if (reason == WipeReason.REVOKED) {
            next.deviceId(null);
        }
        save(next.build());
        journal(AuditActions.CACHE_WIPED, true, null, reason.auditDetail());
    }

    void journal(String action, boolean success, RecordDto record, String detail) {
        folder.journal().record(action, success, record == null ? null : record.recordId(),
                record == null ? null : record.listId(), network.origin(), detail);
    }

    void touch() {
        lastActivity = now();
    }

    Instant lastActivity() {
        return lastActivity;
    }

    void requirePaired() {
        if (state().lifecycle() == Lifecycle.UNPAIRED) {
            throw new DeviceException(DeviceError.NOT_LOGGED_IN, "The phone is not paired with a server yet");
        }
    }

    void requireUnlocked() {
        switch (state().lifecycle()) {
            case UNLOCKED -> {
            }
            case LOCKED -> throw new DeviceException(DeviceError.CACHE_LOCKED, "The cache is locked");
            case WIPED -> throw wipedError();
            default -> throw new DeviceException(DeviceError.NOT_LOGGED_IN, "Log in first");
        }
    }

    /** What opening a wiped cache says: {@code cache_expired} after expiry, else {@code no_cache}. */
    DeviceException wipedError() {
        WipeReason reason = state().wipeReason();
        if (reason == WipeReason.EXPIRED) {
            return new DeviceException(DeviceError.CACHE_EXPIRED,
                    "The offline cache expired and was wiped; log in again online");
        }
        return new DeviceException(DeviceError.NO_CACHE, "The cache was wiped ("
                + (reason == null ? "unknown" : reason.code()) + "); log in again online");
    }

    String lastError() {
        return lastError;
    }

    void lastError(String code) {
        lastError = code;
    }

    /** An action that succeeded but met a problem worth showing (e.g. a refused server while unlocking offline). */
    void notice(String code) {
        notice = code;
    }

    /** The notice the running action left, cleared for the next one. */
    String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }

    void close() {
        cache.forget();
        network.close();
    }
}
