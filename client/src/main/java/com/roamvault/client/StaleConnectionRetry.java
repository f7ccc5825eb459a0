package com.roamvault.client;

import java.io.IOException;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends a call once more when it failed on a connection the server had closed while idle
 * ({@link StaleConnections}), every method included. Safe for a POST too: our server closes only a
 * connection with no request in progress, so a request that met a closed connection before any byte
 * of an answer came back was never processed. (A server that dies half-way through a request and is
 * back within the same moment could see it twice; a timeout or a fresh connection's failure is
 * never retried, so a slow or lost server still shows.) The other idle connections of the pool are
 * dropped first: they have been idle as long, so the retry opens a fresh one.
 */
final class StaleConnectionRetry implements Interceptor {
    private final ConnectionPool pool;

    StaleConnectionRetry(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (StaleConnections.StaleConnectionException stale) {
            pool.evictAll();
            try {
                return chain.proceed(chain.request());
            } catch (StaleConnections.StaleConnectionException again) {
                throw (IOException) again.getCause();
            }
        }
    }
}
