package com.roamvault.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts exactly one public key, named by its pin ({@code sha256/} + base64 SHA-256 of
 * the SPKI, as the server prints it and the pairing code carries it). The server's certificate is
 * self-signed, so no CA is involved: a server presenting any other key fails the handshake before
 * a single request byte is sent.
 */
public final class PinnedTls {
    private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");

    private final String pin;
    private final byte[] expected;

    public PinnedTls(String pin) {
        if (!isWellFormed(pin)) {
            throw new IllegalArgumentException("A pin looks like sha256/ followed by 44 base64 characters");
        }
        this.pin = pin;
        this.expected = pin.getBytes(StandardCharsets.US_ASCII);
    }

    public static boolean isWellFormed(String pin) {
        return pin != null && PIN.matcher(pin).matches();
    }

    public String pin() {
        return pin;
    }

    public static String pinOf(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return "sha256/" + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pinned key is the server's identity, whatever name or address was used to reach it. */
    public HostnameVerifier hostnameVerifier() {
        return (host, session) -> presentsPinnedKey(session);
    }

    /**
     * Learns the server's certificate by a handshake only the pinned key can complete (no request
     * is sent); the connection then trusts exactly that certificate.
     */
    public X509Certificate probe(String host, int port, int timeoutMillis) throws IOException {
        try (SSLSocket socket = (SSLSocket) context(new PinTrustManager()).getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /**
     * Trust on first use: the pin of the key a server presents, read from the handshake alone.
     * The handshake is abandoned once the certificate is seen, so nothing is sent to a server not
     * yet trusted; a person compares the pin with the one the server printed before trusting it.
     */
    public static String presentedPin(String host, int port, int timeoutMillis) throws IOException {
        String[] seen = new String[1];
        X509TrustManager recorder = new RefusingTrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain != null && chain.length > 0) {
                    seen[0] = pinOf(chain[0]);
                }
                throw new CertificateException("not trusted yet: only its pin was read");
            }
        };
        try (SSLSocket socket = (SSLSocket) context(recorder).getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.startHandshake();
        } catch (SSLException expected) {
            // the recorder refuses every certificate on purpose
        }
        if (seen[0] == null) {
            throw new SSLException("The server presented no certificate");
        }
        return seen[0];
    }

    private boolean presentsPinnedKey(SSLSession session) {
        try {
            java.security.cert.Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf
                    && MessageDigest.isEqual(expected, pinOf(leaf).getBytes(StandardCharsets.US_ASCII));
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }

    private static SSLContext context(X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown by the handshake when the server's key is not the pinned one. */
    public static final class PinMismatchException extends CertificateException {
        PinMismatchException() {
            super("The server's key is not the pinned key");
        }
    }

    private final class PinTrustManager extends RefusingTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("The server sent no certificate");
            }
            if (!MessageDigest.isEqual(expected, pinOf(chain[0]).getBytes(StandardCharsets.US_ASCII))) {
                throw new PinMismatchException();
            }
            chain[0].checkValidity();
        }
    }

    private abstract static class RefusingTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("A client accepts no client connections");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
