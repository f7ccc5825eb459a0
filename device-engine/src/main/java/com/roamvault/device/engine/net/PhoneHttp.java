package com.roamvault.device.engine.net;

import com.roamvault.client.ConnectionOptions;
import com.roamvault.client.NetworkHook;
import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import okhttp3.OkHttpClient;

/**
 * The HTTP client phones derive their server connections from. Phones built with the same one
 * share its connection pool and dispatcher (a fleet of thousands uses one); OkHttp stays behind
 * this class so the rest of the phone knows only the typed client. Their pools drop a connection
 * before the server would close it idle ({@link ConnectionOptions#sharedClientBuilder}).
 */
public final class PhoneHttp {
    private static final PhoneHttp SHARED = new PhoneHttp(ConnectionOptions.sharedClientBuilder(5).build());

    private final OkHttpClient base;

    private PhoneHttp(OkHttpClient base) {
        this.base = base;
    }

    /** The one every phone uses unless told otherwise. */
    public static PhoneHttp shared() {
        return SHARED;
    }

    /**
     * A pool for a fleet: up to {@code maxIdleConnections} kept (each for less than the server keeps
     * an idle one), and every call the phones make reported to {@code observer} (timed to the answer's last byte).
     */
    public static PhoneHttp pooled(int maxIdleConnections, CallObserver observer) {
        return new PhoneHttp(ConnectionOptions.sharedClientBuilder(maxIdleConnections)
                .addInterceptor(new ObservedCalls(observer)).build());
    }

    /**
     * A connection to one paired server through the phone's network. Every lost call must show
     * (the flaky network is about that), so not even a GET is retried silently; only a call that met a
     * connection the server had closed while idle is sent again (the client does that for every caller).
     */
    public RoamvaultClient connect(String serverUrl, String pin, NetworkHook network) throws RoamvaultClientException {
        return RoamvaultClient.connect(serverUrl, pin, ConnectionOptions.DEFAULTS.withSharedClient(base)
                .withNetworkHook(network).withRetryIdempotentCalls(false));
    }

    /** Closes the pooled connections and stops the dispatcher (end of a fleet run). */
    public void shutdown() {
        base.connectionPool().evictAll();
        base.dispatcher().executorService().shutdown();
    }
}
