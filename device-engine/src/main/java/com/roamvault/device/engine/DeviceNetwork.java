package com.roamvault.device.engine;

import com.roamvault.device.engine.journal.Origin;
import com.roamvault.device.engine.net.AppServerClient;
import com.roamvault.device.engine.net.MitmProxy;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.net.NetworkSwitch;
import com.roamvault.device.engine.state.DeviceState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A phone's connection to its paired App Server through the simulated network; the
 * man-in-the-middle, when QA switches to it, is a real TLS endpoint with another key.
 */
final class DeviceNetwork implements AutoCloseable {
    private final NetworkSwitch network = new NetworkSwitch(this::mitmEndpoint);
    private final OkHttpClient http;
    private AppServerClient client;
    private String clientFor;
    private MitmProxy mitm;

    DeviceNetwork(OkHttpClient http) {
        this.http = http;
    }

    synchronized ServerSession session(DeviceState state) {
        String key = state.serverUrl() + " " + state.pin();
        if (client == null || !key.equals(clientFor)) {
            client = new AppServerClient(URI.create(state.serverUrl()), state.pin(), network, http);
            clientFor = key;
            closeMitm();
        }
        return new ServerSession(client);
    }

    NetworkMode mode() {
        return network.mode();
    }

    void set(NetworkMode mode) {
        network.set(mode);
    }

    void flaky(double failRate, Long seed) {
        network.flaky(failRate, seed);
    }

    /** Whether the phone believes it has a trusted connection (a man in the middle is no connection). */
    boolean online() {
        return network.mode() == NetworkMode.ONLINE || network.mode() == NetworkMode.FLAKY;
    }

    Origin origin() {
        return online() ? Origin.ONLINE : Origin.OFFLINE;
    }

    private synchronized HttpUrl mitmEndpoint() {
        if (mitm == null) {
            try {
                mitm = new MitmProxy(URI.create(clientFor.substring(0, clientFor.indexOf(' '))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mitm.endpoint();
    }

    /** The man in the middle, if QA has used one (tests check it received nothing). */
    synchronized java.util.Optional<MitmProxy> mitm() {
        return java.util.Optional.ofNullable(mitm);
    }

    private void closeMitm() {
        if (mitm != null) {
            try {
                mitm.close();
            } catch (IOException e) {
                // closing a listener that already failed
            }
            mitm = null;
        }
    }

    @Override
    public synchronized void close() {
        closeMitm();
    }
}
