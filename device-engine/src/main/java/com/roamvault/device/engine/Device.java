package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.pairing.QrPairingCode;
import com.roamvault.device.engine.state.DeviceState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.pairing.PairingUri;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One simulated phone running the Roamvault app: everything a person can do on it (pair, log in,
 * sync, lock, unlock by master password or finger, change the master password, search, view,
 * reveal, copy, log out); what QA does to it from outside is {@link #qa()}. Each action first
 * applies the offline lifecycle rules (clock tampering, expiry, offline lock, auto-lock).
 * Failures are {@link DeviceException}s with the codes of SCENARIOS.md. Thread-safe: one action
 * at a time; long ones (KDF, network) should run off any UI thread.
 */
public final class Device implements AutoCloseable {
    private final PhoneCore core;
    private final OnlineSteps online;
    private final LifecycleCheck lifecycle;
    private final PhoneActions actions;
    private final QaControls qa;
    private final PhoneOtp otp;
    private final PhoneEdits edits;

    private Device(PhoneCore core) {
        this.core = core;
        this.online = new OnlineSteps(core);
        this.lifecycle = new LifecycleCheck(core);
        this.actions = new PhoneActions(core, lifecycle);
        this.qa = new QaControls(core, lifecycle, actions);
        this.otp = new PhoneOtp(core, actions, lifecycle);
        this.edits = new PhoneEdits(core, actions, lifecycle, online);
    }

    /**
     * Opens (or creates) the phone kept in {@code folder}; a restarted simulator gets the same phone back.
     *
     * @throws com.roamvault.device.engine.storage.TamperedDataException ({@code cache_tampered}) when
     *         device.json or journal.bin fails its check; {@link #recoverTampered} is the way out
     */
    public static Device open(Path folder, DeviceOptions options) {
        return new Device(new PhoneCore(options.deviceName(), options,
                DeviceFolder.open(folder, options.kdf(), options.systemClock())));
    }

    /**
     * The way out when {@link #open} reported {@code cache_tampered}: wipes the phone in
     * {@code folder} (cache and every leftover destroyed, the journal's events that still verify
     * kept) and opens it, wiped with {@code reason=tampered} and that wipe journaled. Log in again
     * afterwards; if device.json itself was damaged the phone must be paired again first.
     */
    public static Device recoverTampered(Path folder, DeviceOptions options) {
        List<String> damaged = TamperRecovery.repair(folder, options.kdf());
        Device device = open(folder, options);
        device.actions.act(() -> device.core.journal(AuditActions.CACHE_WIPED, true, null,
                WipeReason.TAMPERED.auditDetail() + (damaged.isEmpty() ? "" : " files=" + String.join(",", damaged))));
        return device;
    }

    public String name() {
        return core.name();
    }

    /** The network, clock and finger controls QA uses on this phone. */
    public QaControls qa() {
        return qa;
    }

    /** One-time codes: the OTP page, a record's code (journaled when shown), copying it. */
    public PhoneOtp otp() {
        return otp;
    }

    /** Edits: whether a record may be edited, editing (online or queued), pending edits, conflicts, generator. */
    public PhoneEdits edits() {
        return edits;
    }

    /** Called after every action, on the acting thread (UIs re-render from {@link #snapshot()}). */
    public void onChange(Runnable listener) {
        actions.onChange(listener);
    }

    /** Reads a pairing code: from now on the phone talks only to that server, and only if its key matches the pin. */
    public void pair(String pairingCode) {
        actions.act(() -> {
            PairingUri uri;
            try {
                uri = PairingUri.parse(pairingCode);
            } catch (IllegalArgumentException e) {
                throw new DeviceException(DeviceError.NOT_LOGGED_IN, e.getMessage());
            }
            DeviceState s = core.state();
            boolean sameAccount = uri.server().toString().equals(s.serverUrl()) && uri.pin().equals(s.pin())
                    && uri.user().equalsIgnoreCase(String.valueOf(s.username()));
            if (!sameAccount) {
                core.cache().forget();
                core.folder().cache().wipe();
                core.save(s.toBuilder().lifecycle(Lifecycle.PAIRED).serverUrl(uri.server().toString()).pin(uri.pin())
                        .username(uri.user()).deviceName(core.name()).platform(core.options().platform()).deviceId(null)
                        .accessToken(null, null).lockReason(null).wipeReason(null).consecutiveFailedUnlocks(0)
                        .build());
            }
        });
    }

    /** Pairs from a photo of the QR code the admin console shows. */
    public void pairFromQrImage(Path image) {
        String code;
        try {
            code = QrPairingCode.read(image);
        } catch (IOException e) {
            actions.act(() -> {
                throw new DeviceException(DeviceError.NOT_LOGGED_IN, "Cannot pair from " + image.getFileName() + ": "
                        + e.getMessage());
            });
            return;
        }
        pair(code);
    }

    /** Online: authenticates (registering the device the first time), syncs fully and leaves the phone unlocked. */
    public void login(String password) {
        actions.act(() -> {
            core.requirePaired();
            ServerSession session = core.network().session(core.state());
            DeviceState s = core.state();
            LoginResponse login = online.server(() -> session.login(s.username(), password, s.deviceId(), core.name(),
                    core.options().platform()));
            online.rememberLogin(login);
            online.server(() -> session.uploadJournal(login.accessToken(), core.folder().journal()));
            SyncResponse sync = online.sync(session, login.accessToken(), null, login.leaseKey(), login.deviceId());
            Instant now = core.now();
            CacheContents fresh = new CacheContents(core.state().username(), login.deviceId(), List.of(), List.of(),
                    null, null, sync.policy(), now, password).afterSync(sync, now);
            core.cache().install(fresh, password, core.folder().sensor());
            core.unlocked();
        });
    }

    /** On an unlocked phone: hands in the journal, then syncs records and lease (the time to live restarts). */
    public void sync() {
        actions.act(() -> {
            core.requireUnlocked();
            online.syncOnline(core.cache().contents());
        });
    }

    public void lock() {
        actions.act(() -> {
            if (core.state().lifecycle() == Lifecycle.UNLOCKED) {
                core.lockAs(LockReason.USER);
            }
        });
    }

    /** Logs out: the cache is wiped ({@code reason=logout}); the journal stays until uploaded. */
    public void logout() {
        actions.act(() -> {
            core.requirePaired();
            core.wipe(WipeReason.LOGOUT);
        });
    }

    /** The way out of a {@code cache_tampered} cache: wipes it ({@code reason=tampered}); then log in again. */
    public void wipeTampered() {
        actions.act(() -> {
            core.requirePaired();
            core.wipe(WipeReason.TAMPERED);
        });
    }

    /**
     * Opens the cache with the master password. When the App Server is reachable this also
     * re-authenticates and syncs (lifting an offline-limit or clock-tamper lock, or rebuilding a
     * cache whose password was changed elsewhere); offline the cache opens locally while it lives.
     */
    public void unlockWithPassword(String password) {
        actions.act(() -> new Unlock(core, online, lifecycle).withPassword(password));
    }

    /** Opens the cache with a finger; the sensor releases the biometric key only on a match. */
    public void unlockWithFinger(String finger) {
        actions.act(() -> new Unlock(core, online, lifecycle).withFinger(finger));
    }

    /** Online only, checked against the policy; the cache is re-keyed under the new password. */
    public void changeMasterPassword(String current, String next) {
        actions.act(() -> {
            core.requireUnlocked();
            ServerSession session = core.network().session(core.state());
            online.withFreshToken(token -> online.server(() -> {
                session.changeMasterPassword(token, current, next);
                return null;
            }));
            core.cache().changePassword(next, core.folder().sensor());
        });
    }

    public List<ListDto> lists() {
        return actions.read(() -> core.cache().contents().lists());
    }

    public List<RecordDto> records() {
        return actions.read(() -> core.cache().contents().records());
    }

    /** Records whose title, username, URL or list name contain the text (case-insensitive). */
    public List<RecordDto> search(String text) {
        return actions.read(() -> RecordSearch.matching(core.cache().contents(), text));
    }

    /** Opens a record's detail (journaled {@code RECORD_VIEWED}); its password stays hidden. */
    public RecordDto view(long recordId) {
        return actions.read(() -> {
            RecordDto r = record(recordId);
            core.journal(AuditActions.RECORD_VIEWED, true, r, null);
            return r;
        });
    }

    /** Shows a record's password (journaled {@code PASSWORD_REVEALED}). */
    public String reveal(long recordId) {
        return actions.read(() -> {
            RecordDto r = record(recordId);
            core.journal(AuditActions.PASSWORD_REVEALED, true, r, null);
            return r.password();
        });
    }

    /** Copies a password to the clipboard, which clears itself after {@code clipboardClearSeconds}. */
    public void copy(long recordId) {
        actions.act(() -> {
            lifecycle.apply();
            core.requireUnlocked();
            RecordDto r = record(recordId);
            core.clipboard().copy(r.password(), r.title(), core.now(),
                    core.cache().contents().policy().clipboardClearSeconds());
            core.journal(AuditActions.PASSWORD_COPIED, true, r, null);
            core.touch();
        });
    }

    public Optional<RecordDto> findByTitle(String title) {
        return actions.read(() -> core.cache().contents().records().stream()
                .filter(r -> r.title().equals(title)).findFirst());
    }

    /** What a paste gives now: the copied password until the clipboard clears itself. */
    public Optional<String> clipboardText() {
        return actions.quietly(() -> core.clipboard().text(core.now()));
    }

    /** Re-applies the time-based rules (auto-lock, expiry, offline limit); UIs call it on a timer. */
    public void tick() {
        actions.tick();
    }

    public DeviceSnapshot snapshot() {
        return actions.quietly(() -> DeviceSnapshots.of(core));
    }

    /** When the fingerprint sensor's timed lockout ends (device time), while one runs. */
    public Optional<Instant> biometricLockedOutUntil() {
        return actions.quietly(() -> core.folder().sensor().lockedOutUntil());
    }

    /** The journal's events not yet acknowledged by the server, oldest first. */
    public List<AuditUploadEvent> pendingAudit() {
        return actions.quietly(() -> core.folder().journal().pending());
    }

    @Override
    public void close() {
        actions.quietly(() -> {
            core.close();
            return null;
        });
    }

    private RecordDto record(long recordId) {
        return CachedRecords.byId(core, recordId);
    }
}
