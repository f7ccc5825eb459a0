package com.roamvault.client;

import java.io.IOException;
import java.security.cert.X509Certificate;
import okhttp3.CertificatePinner;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;

/**
 * The one place that builds the OkHttp client for a server: TLS trusting exactly the pinned
 * key, derived from the options' shared client (so many connections share one pool and
 * dispatcher), with the caller's network hook. Built on first use, because learning the
 * self-signed certificate needs a handshake. A call that meets a connection the server closed while
 * idle is sent again on a fresh one ({@link StaleConnectionRetry}), whatever its method.
 */
public final class ServerConnection {
    private final HttpUrl base;
    private final PinnedTls tls;
    private final ConnectionOptions options;
    private volatile Clients clients;

    private record Clients(X509Certificate certificate, OkHttpClient reading, OkHttpClient writing) {
    }

    ServerConnection(HttpUrl base, String pin, ConnectionOptions options) {
        this.base = base;
        this.tls = new PinnedTls(pin);
        this.options = options;
    }

    /** The server's address, e.g. {@code https://vault.corp:8443} (no trailing slash). */
    public String serverUrl() {
        return base.toString().replaceAll("/$", "");
    }

    public HttpUrl base() {
        return base;
    }

    public String pin() {
        return tls.pin();
    }

    public ConnectionOptions options() {
        return options;
    }

    /** The server's certificate once a first call learned it, else null. */
    public X509Certificate certificate() {
        Clients built = clients;
        return built == null ? null : built.certificate();
    }

    /** For GETs: may retry on a failed pooled connection when the options allow it. */
    OkHttpClient reading() throws IOException {
        return clients().reading();
    }

    /**
     * For every call that changes something: not retried by OkHttp (which would resend after any failure, so
     * possibly apply it twice); only a stale pooled connection's failure is retried, see {@link StaleConnectionRetry}.
     */
    OkHttpClient writing() throws IOException {
        return clients().writing();
    }

    private Clients clients() throws IOException {
        Clients built = clients;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (clients == null) {
                clients = build(probe());
            }
            return clients;
        }
    }

    /** The first handshake goes through the caller's network like any call (offline fails, MITM is met). */
    private X509Certificate probe() throws IOException {
        HttpUrl target = options.networkHook() == null ? base : options.networkHook().handshakeTarget(base);
        return tls.probe(target.host(), target.port(), (int) options.connectTimeout().toMillis());
    }

    private Clients build(X509Certificate certificate) {
        HandshakeCertificates trust = new HandshakeCertificates.Builder().addTrustedCertificate(certificate).build();
        OkHttpClient.Builder builder = options.sharedClient().newBuilder()
                .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                .hostnameVerifier(tls.hostnameVerifier())
                // the key again, by OkHttp's own pinner: two independent checks of one promise
                .certificatePinner(new CertificatePinner.Builder().add(base.host(), tls.pin()).build())
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .callTimeout(options.callTimeout());
        if (options.networkHook() != null) {
            builder.addInterceptor(options.networkHook());
        }
        // after the hook, so a simulated network's refusals and losses still show; only stale connections are retried
        builder.addInterceptor(new StaleConnectionRetry(options.sharedClient().connectionPool()))
                .addNetworkInterceptor(new StaleConnections());
        OkHttpClient writing = builder.retryOnConnectionFailure(false).build();
        // derived from the built client, so both share its pool and dispatcher
        OkHttpClient reading = writing.newBuilder().retryOnConnectionFailure(options.retryIdempotentCalls()).build();
        return new Clients(certificate, reading, writing);
    }
}
