package com.roamvault.attack.pinning;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicLong;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS endpoint in the real server's place, presenting whatever key and chain it is given. It answers
 * nothing: it counts the handshakes clients completed and the application bytes they sent, which must
 * both stay 0 for a client that pins the real server's key.
 */
final class Impostor implements AutoCloseable {
    private final SSLServerSocket socket;
    private final AtomicLong completedHandshakes = new AtomicLong();
    private final AtomicLong applicationBytes = new AtomicLong();

    Impostor(KeyStore.PrivateKeyEntry presented) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {new Presenting(presented)}, null, null);
            socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
                    InetAddress.getLoopbackAddress());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot start the impostor", e);
        }
        Thread acceptor = new Thread(this::accept, "impostor-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "https://127.0.0.1:" + socket.getLocalPort();
    }

    long completedHandshakes() {
        return completedHandshakes.get();
    }

    long applicationBytes() {
        return applicationBytes.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> listen((SSLSocket) client), "impostor-listen");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void listen(SSLSocket client) {
        try (client) {
            client.setSoTimeout(10_000);
            client.startHandshake();
            completedHandshakes.incrementAndGet();
            InputStream in = client.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                applicationBytes.addAndGet(n);
            }
        } catch (IOException refused) {
            // the client aborted the handshake: what a pinning client must do
        }
    }

    /**
     * Presents exactly the given key and chain, valid or not: a key store would refuse a chain that is not
     * in issuing order, and an attacker is under no such rule.
     */
    private static final class Presenting extends X509ExtendedKeyManager {
        private final KeyStore.PrivateKeyEntry entry;

        Presenting(KeyStore.PrivateKeyEntry entry) {
            this.entry = entry;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return "impostor";
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return "impostor";
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return java.util.Arrays.stream(entry.getCertificateChain()).map(c -> (X509Certificate) c)
                    .toArray(X509Certificate[]::new);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return entry.getPrivateKey();
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return new String[] {"impostor"};
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[0];
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
