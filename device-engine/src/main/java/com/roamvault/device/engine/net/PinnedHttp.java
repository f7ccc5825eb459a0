package com.roamvault.device.engine.net;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import okhttp3.CertificatePinner;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;

/**
 * An OkHttp client for one App Server that trusts exactly its self-signed certificate, learned by a
 * handshake only the pinned key can complete, and pins that key again with CertificatePinner.
 */
public final class PinnedHttp {
    private final HttpUrl base;
    private final String pin;
    private final PinnedTls tls;
    private final NetworkSwitch network;
    private final OkHttpClient shared;
    private volatile X509Certificate certificate;
    private volatile OkHttpClient client;

    public PinnedHttp(HttpUrl base, String pin, NetworkSwitch network, OkHttpClient shared) {
        this.base = base;
        this.pin = pin;
        this.tls = new PinnedTls(pin);
        this.network = network;
        this.shared = shared;
    }

    public HttpUrl base() {
        return base;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The client, built on first use (which needs the network: the certificate is learned then). */
    public OkHttpClient client() throws IOException {
        OkHttpClient built = client;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (client == null) {
                if (certificate == null) {
                    certificate = probe();
                }
                HandshakeCertificates trust = new HandshakeCertificates.Builder()
                        .addTrustedCertificate(certificate).build();
                client = shared.newBuilder()
                        .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                        .hostnameVerifier(tls.hostnameVerifier())
                        .certificatePinner(new CertificatePinner.Builder().add(base.host(), pin).build())
                        .addInterceptor(network)
                        .connectTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofSeconds(30))
                        .callTimeout(Duration.ofSeconds(60))
                        .retryOnConnectionFailure(false)
                        .build();
            }
            return client;
        }
    }

    /** The first handshake goes through the simulated network like any call. */
    private X509Certificate probe() throws IOException {
        switch (network.mode()) {
            case OFFLINE -> throw new NetworkSwitch.NetworkUnavailableException("The phone is offline");
            case MITM -> {
                HttpUrl mitm = network.mitmEndpoint();
                return tls.probe(mitm.host(), mitm.port(), 10_000);
            }
            default -> {
                return tls.probe(base.host(), base.port(), 10_000);
            }
        }
    }
}
