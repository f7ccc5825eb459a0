package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.DeviceState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.pairing.PairingUri;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One simulated phone running the Roamvault app: everything a person can do on it (pair, log in,
 * sync, lock, unlock by master password or finger, change the master password, search, view,
 * reveal, copy, log out) and everything QA can do to it (network, clock, fingers). Each action
 * first applies the offline lifecycle rules (clock tampering, expiry, offline lock, auto-lock).
 * Failures are {@link DeviceException}s with the codes of SCENARIOS.md. Thread-safe: one action
 * at a time; long ones (KDF, network) should run off any UI thread.
 */
public final class Device implements AutoCloseable {
    private final String name;
    private final DeviceOptions options;
    private final DeviceFolder folder;
    private final DeviceNetwork network;
    private final CacheSession cache;
    private final OnlineSteps online = new OnlineSteps(this);
    private final LifecycleCheck lifecycle = new LifecycleCheck(this);
    private final Clipboard clipboard = new Clipboard();
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Instant lastActivity;
    private String lastError;
    private String notice;

    private Device(String name, DeviceOptions options, DeviceFolder folder) {
        this.name = name;
        this.options = options;
        this.folder = folder;
        this.network = new DeviceNetwork(options.http());
        this.cache = new CacheSession(folder);
        folder.state().save(folder.state().current().restored());
    }

    /** Opens (or creates) the phone kept in {@code folder}; a restarted simulator gets the same phone back. */
    public static Device open(Path folder, DeviceOptions options) {
        return new Device(options.deviceName(), options, DeviceFolder.open(folder, options.kdf(), options.systemClock()));
    }

    public String name() {
        return name;
    }

    /** Called after every action, on the acting thread (UIs re-render from {@link #snapshot()}). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    // ---- pairing and login

    /** Reads a pairing code: from now on the phone talks only to that server, and only if its key matches the pin. */
    public synchronized void pair(String pairingCode) {
        act(() -> {
            PairingUri uri;
            try {
                uri = PairingUri.parse(pairingCode);
            } catch (IllegalArgumentException e) {
                throw new DeviceException(DeviceError.NOT_LOGGED_IN, e.getMessage());
            }
            DeviceState s = state();
            boolean sameAccount = uri.server().toString().equals(s.serverUrl()) && uri.pin().equals(s.pin())
                    && uri.user().equalsIgnoreCase(String.valueOf(s.username()));
            if (!sameAccount) {
                cache.forget();
                folder.cache().wipe();
                save(s.toBuilder().lifecycle(Lifecycle.PAIRED).serverUrl(uri.server().toString()).pin(uri.pin())
                        .username(uri.user()).deviceName(name).platform(options.platform()).deviceId(null)
                        .accessToken(null, null).lockReason(null).wipeReason(null).consecutiveFailedUnlocks(0)
                        .build());
            }
        });
    }

    /** Pairs from a photo of the QR code the admin console shows. */
    public synchronized void pairFromQrImage(Path image) {
        String code;
        try {
            code = com.roamvault.device.engine.pairing.QrPairingCode.read(image);
        } catch (java.io.IOException e) {
            lastError = DeviceError.NOT_LOGGED_IN.code();
            throw new DeviceException(DeviceError.NOT_LOGGED_IN, "Cannot pair from " + image.getFileName() + ": "
                    + e.getMessage());
        }
        pair(code);
    }

    /** Online: authenticates (registering the device the first time), syncs fully and leaves the phone unlocked. */
    public synchronized void login(String password) {
        act(() -> {
            requirePaired();
            ServerSession session = network.session(state());
            LoginResponse login = online.server(() -> session.login(state().username(), password, state().deviceId(), name,
                    options.platform()));
            online.rememberLogin(login);
            online.server(() -> session.uploadJournal(login.accessToken(), folder.journal()));
            SyncResponse sync = online.server(() -> session.sync(login.accessToken(), null, login.leaseKey(),
                    login.deviceId(), state().username()));
            CacheContents fresh = new CacheContents(state().username(), login.deviceId(), List.of(), List.of(), null,
                    null, sync.policy(), now(), password).afterSync(sync, now());
            cache.install(fresh, password, folder.sensor());
            unlocked();
        });
    }

    // ---- sync, lock, logout

    /** On an unlocked phone: hands in the journal, then syncs records and lease (the time to live restarts). */
    public synchronized void sync() {
        act(() -> {
            requireUnlocked();
            online.syncOnline(cache.contents());
        });
    }

    public synchronized void lock() {
        act(() -> {
            if (state().lifecycle() == Lifecycle.UNLOCKED) {
                lockAs(LockReason.USER);
            }
        });
    }

    /** Logs out: the cache is wiped ({@code reason=logout}); the journal stays until uploaded. */
    public synchronized void logout() {
        act(() -> {
            requirePaired();
            wipe(WipeReason.LOGOUT);
        });
    }

    // ---- unlock

    /**
     * Opens the cache with the master password. When the App Server is reachable this also
     * re-authenticates and syncs (lifting an offline-limit or clock-tamper lock, or rebuilding a
     * cache whose password was changed elsewhere); offline the cache opens locally while it lives.
     */
    public synchronized void unlockWithPassword(String password) {
        act(() -> new Unlock(this).withPassword(password));
    }

    /** Opens the cache with a finger; the sensor releases the biometric key only on a match. */
    public synchronized void unlockWithFinger(String finger) {
        act(() -> new Unlock(this).withFinger(finger));
    }

    /** Online only, checked against the policy; the cache is re-keyed under the new password. */
    public synchronized void changeMasterPassword(String current, String next) {
        act(() -> {
            requireUnlocked();
            ServerSession session = network.session(state());
            online.withFreshToken(token -> online.server(() -> {
                session.changeMasterPassword(token, current, next);
                return null;
            }));
            cache.changePassword(next, folder.sensor());
        });
    }

    // ---- records

    public synchronized List<ListDto> lists() {
        return read(() -> cache.contents().lists());
    }

    public synchronized List<RecordDto> records() {
        return read(() -> cache.contents().records());
    }

    /** Records whose title, username, URL or list name contain the text (case-insensitive). */
    public synchronized List<RecordDto> search(String text) {
        return read(() -> RecordSearch.matching(cache.contents(), text));
    }

    /** Opens a record's detail (journaled {@code RECORD_VIEWED}); its password stays hidden. */
    public synchronized RecordDto view(long recordId) {
        return read(() -> {
            RecordDto r = record(recordId);
            journal(AuditActions.RECORD_VIEWED, true, r, null);
            return r;
        });
    }

    /** Shows a record's password (journaled {@code PASSWORD_REVEALED}). */
    public synchronized String reveal(long recordId) {
        return read(() -> {
            RecordDto r = record(recordId);
            journal(AuditActions.PASSWORD_REVEALED, true, r, null);
            return r.password();
        });
    }

    /** Copies a password to the clipboard, which clears itself after {@code clipboardClearSeconds}. */
    public synchronized void copy(long recordId) {
        act(() -> {
            checkRules();
            requireUnlocked();
            RecordDto r = record(recordId);
            clipboard.copy(r.password(), r.title(), now(), cache.contents().policy().clipboardClearSeconds());
            journal(AuditActions.PASSWORD_COPIED, true, r, null);
            touch();
        });
    }

    public synchronized Optional<RecordDto> findByTitle(String title) {
        return read(() -> cache.contents().records().stream().filter(r -> r.title().equals(title)).findFirst());
    }

    /** What a paste gives now: the copied password until the clipboard clears itself. */
    public synchronized Optional<String> clipboardText() {
        return clipboard.text(now());
    }

    // ---- what QA does to the phone

    public synchronized void setNetwork(NetworkMode mode) {
        act(() -> {
            network.set(mode);
            checkRules();
        });
    }

    /** Flaky network: {@code failRate} of calls fail (dropped or timed out); a seed makes it repeatable. */
    public synchronized void setFlaky(double failRate, Long seed) {
        act(() -> network.flaky(failRate, seed));
    }

    public synchronized void advanceClock(Duration by) {
        act(() -> {
            folder.clock().advance(by);
            folder.saveClockOffset();
            checkRules();
        });
    }

    /** Moves the phone's clock by {@code by}, backwards when negative (a clock set back). */
    public synchronized void shiftClock(Duration by) {
        act(() -> {
            folder.clock().shift(by);
            folder.saveClockOffset();
            checkRules();
        });
    }

    public synchronized void enrollFinger(String finger) {
        act(() -> {
            if (folder.sensor().enroll(finger)) {
                journal(AuditActions.BIOMETRIC_INVALIDATED, true, null, "finger enrolled");
            }
        });
    }

    public synchronized void removeFingers() {
        act(() -> {
            if (folder.sensor().removeAll()) {
                journal(AuditActions.BIOMETRIC_INVALIDATED, true, null, "all fingers removed");
            }
        });
    }

    /** Re-applies the time-based rules (auto-lock, expiry, offline limit); UIs call it on a timer. */
    public synchronized void tick() {
        try {
            checkRules();
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    public synchronized DeviceSnapshot snapshot() {
        return DeviceSnapshots.of(this);
    }

    /** When the fingerprint sensor's timed lockout ends (device time), while one runs. */
    public synchronized Optional<Instant> biometricLockedOutUntil() {
        return folder.sensor().lockedOutUntil();
    }

    /** The journal's events not yet acknowledged by the server, oldest first. */
    public synchronized List<com.roamvault.protocol.audit.AuditUploadEvent> pendingAudit() {
        return folder.journal().pending();
    }

    @Override
    public synchronized void close() {
        cache.forget();
        network.close();
    }

    // ---- shared with Unlock and DeviceSnapshots (same package)

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

    String lastError() {
        return lastError;
    }

    DeviceOptions options() {
        return options;
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

    OnlineSteps online() {
        return online;
    }

    /** The lifecycle rules, applied before every action (see {@link LifecycleCheck}). */
    void checkRules() {
        lifecycle.apply();
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

    private RecordDto record(long recordId) {
        return cache.contents().records().stream().filter(r -> r.recordId() == recordId).findFirst()
                .orElseThrow(() -> new DeviceException(DeviceError.NO_CACHE, "No record " + recordId + " on this phone"));
    }

    /** A read of the open cache: rules first, must be unlocked, counts as activity. */
    private <T> T read(java.util.function.Supplier<T> reader) {
        try {
            checkRules();
            requireUnlocked();
            T result = reader.get();
            touch();
            lastError = null;
            return result;
        } catch (DeviceException e) {
            lastError = e.code();
            throw e;
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    /** An action that succeeded but met a problem worth showing (e.g. a refused server while unlocking offline). */
    void notice(String code) {
        notice = code;
    }

    /** Every action: remembers its error for the UI and {@code expect: lastError}, then tells listeners. */
    private void act(Runnable action) {
        notice = null;
        try {
            action.run();
            lastError = notice;
        } catch (DeviceException e) {
            lastError = e.code();
            throw e;
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
