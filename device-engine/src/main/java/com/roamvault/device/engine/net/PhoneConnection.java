package com.roamvault.device.engine.net;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.mobile.MobileClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * One phone's way to its paired App Server: the typed mobile client over the phone's simulated
 * network. The man-in-the-middle, when QA switches to it, is a real TLS endpoint with another key,
 * started on first use and stopped when the phone pairs elsewhere.
 */
public final class PhoneConnection implements AutoCloseable {
    private final NetworkSwitch network = new NetworkSwitch(this::mitmEndpoint);
    private final PhoneHttp http;
    private MobileClient client;
    private String serverUrl;
    private String clientFor;
    private MitmProxy mitm;

    public PhoneConnection(PhoneHttp http) {
        this.http = http;
    }

    /** The mobile API of this server; the same client (and certificate) while server and pin stay. */
    public synchronized MobileClient mobile(String serverUrl, String pin) throws RoamvaultClientException {
        String key = serverUrl + " " + pin;
        if (client == null || !key.equals(clientFor)) {
            client = http.connect(serverUrl, pin, network).mobile();
            this.serverUrl = serverUrl;
            clientFor = key;
            closeMitm();
        }
        return client;
    }

    public NetworkSwitch network() {
        return network;
    }

    private synchronized HttpUrl mitmEndpoint() {
        if (mitm == null) {
            try {
                mitm = new MitmProxy(URI.create(serverUrl));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mitm.endpoint();
    }

    /** The man in the middle, if QA has used one (tests check it received nothing). */
    public synchronized Optional<MitmProxy> mitm() {
        return Optional.ofNullable(mitm);
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
