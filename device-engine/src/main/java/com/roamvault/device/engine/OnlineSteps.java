package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.SyncResponse;

/** A phone's online steps: calling the server, logging in again when a token expired, syncing the open cache. */
final class OnlineSteps {
    private final PhoneCore device;
    private final ServerCalls calls;
    private final EditCalls edits;

    OnlineSteps(PhoneCore device) {
        this.device = device;
        this.calls = new ServerCalls(device);
        this.edits = new EditCalls(device, calls);
    }

    EditCalls edits() {
        return edits;
    }

    void rememberLogin(LoginResponse login) {
        device.save(device.state().toBuilder().deviceId(login.deviceId()).accessToken(login.accessToken(),
                login.accessTokenExpiresAt()).leaseKey(login.leaseKey()).build());
        device.folder().sensor().setAllowed(login.policy().biometricUnlockAllowed());
    }

    /**
     * Uploads the journal, sends the queued edits, then applies a delta (or full) sync to the open
     * contents; the conflicts kept afterwards are those this sync met.
     */
    void syncOnline(CacheContents contents) {
        ServerSession session = device.network().session(device.state());
        EditCalls.Replayed[] replayed = new EditCalls.Replayed[1];
        SyncResponse sync = withFreshToken(token -> {
            server(() -> session.uploadJournal(token, device.folder().journal()));
            replayed[0] = edits.replay(session, token, replayed[0] == null ? contents : replayed[0].contents());
            return sync(session, token, contents.syncCursor(), device.state().leaseKey(), device.state().deviceId());
        });
        CacheContents sent = replayed[0].contents();
        device.folder().sensor().setAllowed(sync.lease().terms().applyTo(sync.policy()).biometricUnlockAllowed());
        device.cache().update(sent.withEdits(sent.pendingEdits(), replayed[0].newConflicts())
                .afterSync(sync, device.now()), device.folder().sensor());
        device.touch();
    }

    /**
     * A sync whose lease verifies; a response whose policy differs from its signed terms is refused
     * ({@code lease_invalid}) and the refusal journaled, and nothing of it reaches the cache.
     */
    SyncResponse sync(ServerSession session, String token, String cursor, String leaseKey, String deviceId) {
        try {
            return server(() -> session.sync(token, cursor, leaseKey, deviceId, device.state().username()));
        } catch (DeviceException e) {
            if (e.code().equals(DeviceError.LEASE_INVALID.code())) {
                device.journal(AuditActions.LEASE_REFUSED, false, null, e.getMessage());
            }
            throw e;
        }
    }

    /** Runs an online step with the stored token, logging in again with the kept credential if it expired. */
    <T> T withFreshToken(java.util.function.Function<String, T> step) {
        try {
            return step.apply(device.state().accessToken());
        } catch (DeviceException e) {
            if (!e.code().equals("unauthorized") || device.cache().contents().credential() == null) {
                throw e;
            }
            ServerSession session = device.network().session(device.state());
            rememberLogin(server(() -> session.login(device.state().username(), device.cache().contents().credential(),
                    device.state().deviceId(), device.name(), device.options().platform())));
            return step.apply(device.state().accessToken());
        }
    }

    /** A call to the server; its failure becomes the phone's error ({@link ServerCalls}). */
    <T> T server(ServerCalls.ServerCall<T> call) {
        return calls.server(call);
    }

    void server(ServerCalls.VoidServerCall call) {
        calls.server(call);
    }
}
