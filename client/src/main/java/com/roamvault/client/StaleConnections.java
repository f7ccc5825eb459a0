package com.roamvault.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells a call that failed on a stale pooled connection from any other failure: as a network
 * interceptor it sees the connection of each exchange, and when one that already carried an
 * exchange fails before the answer's headers arrived (the server had closed it while idle: "unexpected
 * end of stream", a reset, a broken pipe), it throws {@link StaleConnectionException}. A timeout is
 * never stale: the server may be working on the request.
 */
final class StaleConnections implements Interceptor {
    /** Connections that carried an exchange; static because one pool serves many clients (a fleet). */
    private static final Set<Connection> USED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public Response intercept(Chain chain) throws IOException {
        Connection connection = chain.connection();
        boolean reused = connection != null && !USED.add(connection);
        try {
            return chain.proceed(chain.request());
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw reused ? new StaleConnectionException(e) : e;
        }
    }

    /** A call that failed on a reused connection before any of the answer arrived. */
    static final class StaleConnectionException extends IOException {
        StaleConnectionException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
