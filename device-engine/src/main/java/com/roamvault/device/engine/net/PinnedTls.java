package com.roamvault.device.engine.net;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts exactly one public key: the App Server's, known from the pairing code's pin
 * ({@code sha256/} + base64 SHA-256 of the SPKI). The self-signed certificate needs no CA; a
 * server presenting any other key fails the handshake before a single request byte is sent.
 */
public final class PinnedTls {
    private final String pin;
    private final X509TrustManager trustManager;
    private final SSLSocketFactory socketFactory;

    public PinnedTls(String pin) {
        this.pin = pin;
        this.trustManager = new PinTrustManager(pin);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            this.socketFactory = context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String pin() {
        return pin;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    public SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    /** The pinned key is the server's identity, whatever name or address the phone used to reach it. */
    public HostnameVerifier hostnameVerifier() {
        return (host, session) -> matches(session);
    }

    private boolean matches(SSLSession session) {
        try {
            return session.getPeerCertificates().length > 0
                    && pin.equals(pinOf((X509Certificate) session.getPeerCertificates()[0]));
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    /**
     * Learns the server's certificate by a TLS handshake that only a key matching the pin can
     * complete (no request is sent); the phone then trusts exactly that certificate.
     */
    public X509Certificate probe(String host, int port, int timeoutMillis) throws java.io.IOException {
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) socketFactory.createSocket()) {
            socket.connect(new java.net.InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    public static String pinOf(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return "sha256/" + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown by the handshake when the server's key is not the pinned one. */
    public static final class PinMismatchException extends CertificateException {
        PinMismatchException(String seen) {
            super("The server's key " + seen + " is not the pinned key: refusing to talk to it");
        }
    }

    /**
     * Trusts a chain whose leaf carries the pinned key, and from then on offers that certificate
     * as its trust anchor, so OkHttp's chain cleaning and CertificatePinner check it a second time.
     */
    private static final class PinTrustManager implements X509TrustManager {
        private final byte[] expected;
        private volatile X509Certificate anchor;

        PinTrustManager(String pin) {
            this.expected = pin.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("The server sent no certificate");
            }
            chain[0].checkValidity();
            String seen = pinOf(chain[0]);
            if (!MessageDigest.isEqual(expected, seen.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new PinMismatchException(seen);
            }
            anchor = chain[0];
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("A phone does not accept client connections");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate known = anchor;
            return known == null ? new X509Certificate[0] : new X509Certificate[] {known};
        }
    }
}
