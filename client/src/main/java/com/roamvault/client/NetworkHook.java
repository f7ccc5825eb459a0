package com.roamvault.client;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * The network between this client and the server, when a caller wants to shape it (the
 * simulated phone's online/offline/flaky/man-in-the-middle switch). As an application
 * interceptor it sees every call; {@link #handshakeTarget} also routes the one TLS handshake that
 * learns the server's certificate, so an offline phone fails that too and a MITM is met there.
 */
public interface NetworkHook extends Interceptor {
    /**
     * Where the first handshake goes for a server at {@code server}: the server itself, another
     * endpoint, or an {@link IOException} when the network is down.
     */
    default HttpUrl handshakeTarget(HttpUrl server) throws IOException {
        return server;
    }

    /** Wraps a plain interceptor whose handshakes go straight to the server. */
    static NetworkHook of(Interceptor interceptor) {
        return interceptor instanceof NetworkHook hook ? hook : interceptor::intercept;
    }
}
