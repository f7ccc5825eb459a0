package com.roamvault.device.engine;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.PhoneServerErrors;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.WipeReason;

/** How the phone makes one call to the server, shared by its online steps and its edits. */
final class ServerCalls {
    private final PhoneCore core;

    ServerCalls(PhoneCore core) {
        this.core = core;
    }

    /**
     * A call to the server; its failure becomes the phone's error. A revoked device or a user
     * who lost mobile access is wiped on the spot, as DESIGN.md's lifecycle says.
     */
    <T> T server(ServerCall<T> call) {
        try {
            return call.run();
        } catch (RoamvaultClientException e) {
            String code = PhoneServerErrors.code(e);
            if (code.equals("device_revoked")) {
                core.wipe(WipeReason.REVOKED);
            } else if (code.equals("mobile_access_disabled") && core.state().lifecycle() != Lifecycle.PAIRED) {
                core.wipe(WipeReason.POLICY);
            }
            throw DeviceException.fromServer(code, PhoneServerErrors.message(e), e.reasons(), e.retryAfterSeconds());
        }
    }

    void server(VoidServerCall call) {
        server(() -> {
            call.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ServerCall<T> {
        T run() throws RoamvaultClientException;
    }

    @FunctionalInterface
    interface VoidServerCall {
        void run() throws RoamvaultClientException;
    }
}
