package com.roamvault.client;

import com.roamvault.protocol.IdleConnections;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * How to reach one server besides its address and pin. The defaults suit a person at a console;
 * a fleet passes one {@link #sharedClient} to thousands of connections so they share one
 * connection pool and dispatcher, a phone passes its {@link #networkHook}.
 *
 * @param sharedClient           the client every connection is derived from ({@code newBuilder()}), never null;
 *                               build it with {@link #sharedClientBuilder} so its pool drops idle connections
 *                               before the server closes them
 * @param networkHook            sees every call and the first handshake; null for the real network
 * @param retryIdempotentCalls   whether OkHttp may silently retry a GET on a failed connection; mutating
 *                               calls are not, so nothing is applied twice. Either way a call that met a
 *                               connection the server closed while idle is sent once more (never processed)
 */
public record ConnectionOptions(OkHttpClient sharedClient, NetworkHook networkHook, Duration connectTimeout,
                                Duration readTimeout, Duration callTimeout, boolean retryIdempotentCalls) {
    /** One default base for every connection that was given none: they all share its pool. */
    private static final OkHttpClient DEFAULT_BASE = sharedClientBuilder(5).build();

    public static final ConnectionOptions DEFAULTS = new ConnectionOptions(DEFAULT_BASE, null,
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), true);

    /**
     * A base for shared clients whose pool keeps up to {@code maxIdleConnections}, each for
     * {@link IdleConnections#CLIENT_KEEP_ALIVE}: dropped well before the server closes them
     * ({@link IdleConnections#SERVER_IDLE_TIMEOUT}), so a pause never meets a closed connection.
     */
    public static OkHttpClient.Builder sharedClientBuilder(int maxIdleConnections) {
        return new OkHttpClient.Builder().connectionPool(new ConnectionPool(maxIdleConnections,
                IdleConnections.CLIENT_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS));
    }

    public ConnectionOptions {
        Objects.requireNonNull(sharedClient, "sharedClient");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }

    public ConnectionOptions withSharedClient(OkHttpClient client) {
        return new ConnectionOptions(client, networkHook, connectTimeout, readTimeout, callTimeout,
                retryIdempotentCalls);
    }

    public ConnectionOptions withNetworkHook(NetworkHook hook) {
        return new ConnectionOptions(sharedClient, hook, connectTimeout, readTimeout, callTimeout,
                retryIdempotentCalls);
    }

    public ConnectionOptions withTimeouts(Duration connect, Duration read, Duration call) {
        return new ConnectionOptions(sharedClient, networkHook, connect, read, call, retryIdempotentCalls);
    }

    /** {@code false} for a phone that wants every lost call to surface (the simulator's flaky network). */
    public ConnectionOptions withRetryIdempotentCalls(boolean retry) {
        return new ConnectionOptions(sharedClient, networkHook, connectTimeout, readTimeout, callTimeout, retry);
    }
}
