package com.roamvault.console.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;

/**
 * TLS to one server that trusts exactly the key of the pin the admin pasted: the self-signed
 * certificate is learned by a handshake only that key can complete, then trusted alone and
 * pinned again with OkHttp's CertificatePinner (the same approach as the phone's).
 */
final class PinnedConnection {
    private final HttpUrl base;
    private final String pin;
    private volatile OkHttpClient client;

    PinnedConnection(HttpUrl base, String pin) {
        this.base = base;
        this.pin = pin;
    }

    OkHttpClient client() throws IOException {
        OkHttpClient built = client;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (client == null) {
                X509Certificate certificate = probe();
                HandshakeCertificates trust = new HandshakeCertificates.Builder()
                        .addTrustedCertificate(certificate).build();
                client = new OkHttpClient.Builder()
                        .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                        // the pinned key is the server's identity, whatever name or address the admin typed
                        .hostnameVerifier((host, session) -> presentsPinnedKey(session))
                        .certificatePinner(new CertificatePinner.Builder().add(base.host(), pin).build())
                        .connectTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofSeconds(30))
                        .callTimeout(Duration.ofSeconds(60))
                        .build();
            }
            return client;
        }
    }

    /**
     * Trust on first use: the pin of the key the server at {@code base} presents. The handshake is
     * abandoned as soon as the certificate is seen, so nothing at all is sent to a server not yet
     * trusted; the admin compares the pin with the one the server printed before trusting it.
     */
    static String presentedPin(HttpUrl base) throws IOException {
        String[] seen = new String[1];
        X509TrustManager recorder = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain != null && chain.length > 0) {
                    seen[0] = pinOf(chain[0]);
                }
                throw new CertificateException("not trusted yet: only its pin was read");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("The console accepts no client connections");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(base.host(), base.port()), 10_000);
                socket.setSoTimeout(10_000);
                socket.startHandshake();
            } catch (javax.net.ssl.SSLException expected) {
                // the recorder refuses every certificate on purpose
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        if (seen[0] == null) {
            throw new javax.net.ssl.SSLException("The server at " + base + " presented no certificate");
        }
        return seen[0];
    }

    private X509Certificate probe() throws IOException {
        PinTrustManager trust = new PinTrustManager(pin);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(base.host(), base.port()), 10_000);
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                return (X509Certificate) socket.getSession().getPeerCertificates()[0];
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean presentsPinnedKey(javax.net.ssl.SSLSession session) {
        try {
            java.security.cert.Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && MessageDigest.isEqual(pin.getBytes(StandardCharsets.US_ASCII),
                    pinOf((X509Certificate) chain[0]).getBytes(StandardCharsets.US_ASCII));
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return false;
        }
    }

    static String pinOf(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return "sha256/" + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown by the handshake when the server's key is not the pinned one. */
    static final class PinMismatchException extends CertificateException {
        PinMismatchException(String seen) {
            super("The server's key " + seen + " is not the pinned key");
        }
    }

    private static final class PinTrustManager implements X509TrustManager {
        private final byte[] expected;

        PinTrustManager(String pin) {
            this.expected = pin.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("The server sent no certificate");
            }
            chain[0].checkValidity();
            String seen = pinOf(chain[0]);
            if (!MessageDigest.isEqual(expected, seen.getBytes(StandardCharsets.US_ASCII))) {
                throw new PinMismatchException(seen);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("The console accepts no client connections");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
