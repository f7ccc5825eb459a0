package com.roamvault.device.engine.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Random;
import java.util.function.Supplier;
import com.roamvault.client.NetworkHook;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The phone's simulated network, as the shared client's network hook: online passes calls through;
 * offline fails them (and the first handshake) before they leave; flaky loses a share of requests
 * or responses (or lets them time out); man-in-the-middle sends them, and the handshake that learns
 * the certificate, to a TLS endpoint with another key.
 */
public final class NetworkSwitch implements NetworkHook {
    public static final double DEFAULT_FAIL_RATE = 0.33;

    private volatile NetworkMode mode = NetworkMode.ONLINE;
    private volatile double failRate = DEFAULT_FAIL_RATE;
    private volatile Random random = new Random();
    private final Supplier<HttpUrl> mitmEndpoint;

    /** @param mitmEndpoint where a man-in-the-middle sits (started on first use) */
    public NetworkSwitch(Supplier<HttpUrl> mitmEndpoint) {
        this.mitmEndpoint = mitmEndpoint;
    }

    public HttpUrl mitmEndpoint() {
        return mitmEndpoint.get();
    }

    public NetworkMode mode() {
        return mode;
    }

    public void set(NetworkMode mode) {
        this.mode = mode;
    }

    /** Flaky with a share of failed calls; a seed makes the sequence of failures repeatable. */
    public void flaky(double failRate, Long seed) {
        if (failRate < 0 || failRate > 1) {
            throw new IllegalArgumentException("failRate must be between 0 and 1, not " + failRate);
        }
        this.failRate = failRate;
        this.random = seed == null ? new Random() : new Random(seed);
        this.mode = NetworkMode.FLAKY;
    }

    public double failRate() {
        return failRate;
    }

    /** The first handshake goes through the simulated network like any call. */
    @Override
    public HttpUrl handshakeTarget(HttpUrl server) throws IOException {
        return switch (mode) {
            case OFFLINE -> throw new NetworkUnavailableException("The phone is offline");
            case MITM -> mitmEndpoint.get();
            case ONLINE, FLAKY -> server;
        };
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        return switch (mode) {
            case ONLINE -> chain.proceed(request);
            case OFFLINE -> throw new NetworkUnavailableException("The phone is offline");
            case MITM -> chain.proceed(request.newBuilder().url(request.url().newBuilder()
                    .host(mitmEndpoint.get().host()).port(mitmEndpoint.get().port()).build()).build());
            case FLAKY -> flaky(chain, request);
        };
    }

    private Response flaky(Chain chain, Request request) throws IOException {
        double roll;
        int kind;
        synchronized (this) {
            roll = random.nextDouble();
            kind = random.nextInt(3);
        }
        if (roll >= failRate) {
            return chain.proceed(request);
        }
        switch (kind) {
            case 0 -> throw new NetworkUnavailableException("Flaky network: the request was lost");
            case 1 -> throw new InterruptedIOException("Flaky network: the call timed out");
            default -> {
                chain.proceed(request).close();
                throw new NetworkUnavailableException("Flaky network: the response was lost");
            }
        }
    }

    /** The call never reached the server, or its answer never came back. */
    public static final class NetworkUnavailableException extends IOException {
        public NetworkUnavailableException(String message) {
            super(message);
        }
    }
}
