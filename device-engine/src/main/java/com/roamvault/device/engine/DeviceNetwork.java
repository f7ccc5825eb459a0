package com.roamvault.device.engine;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.journal.Origin;
import com.roamvault.device.engine.net.MitmProxy;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.net.PhoneConnection;
import com.roamvault.device.engine.net.PhoneHttp;
import com.roamvault.device.engine.net.PhoneServerErrors;
import com.roamvault.device.engine.state.DeviceState;
import java.util.Optional;

/** A phone's connection to its paired App Server through the simulated network QA switches. */
final class DeviceNetwork implements AutoCloseable {
    private final PhoneConnection connection;

    DeviceNetwork(PhoneHttp http) {
        this.connection = new PhoneConnection(http);
    }

    ServerSession session(DeviceState state) {
        try {
            return new ServerSession(connection.mobile(state.serverUrl(), state.pin()));
        } catch (RoamvaultClientException e) {
            // only a stored address or pin the pairing code would never have let through
            throw DeviceException.fromServer(PhoneServerErrors.code(e), PhoneServerErrors.message(e));
        }
    }

    NetworkMode mode() {
        return connection.network().mode();
    }

    void set(NetworkMode mode) {
        connection.network().set(mode);
    }

    void flaky(double failRate, Long seed) {
        connection.network().flaky(failRate, seed);
    }

    /** Whether the phone believes it has a trusted connection (a man in the middle is no connection). */
    boolean online() {
        return mode() == NetworkMode.ONLINE || mode() == NetworkMode.FLAKY;
    }

    Origin origin() {
        return online() ? Origin.ONLINE : Origin.OFFLINE;
    }

    /** The man in the middle, if QA has used one (tests check it received nothing). */
    Optional<MitmProxy> mitm() {
        return connection.mitm();
    }

    @Override
    public void close() {
        connection.close();
    }
}
