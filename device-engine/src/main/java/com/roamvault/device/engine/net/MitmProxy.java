package com.roamvault.device.engine.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A man-in-the-middle for the simulator: a real TLS endpoint with its own key that would relay
 * everything to the real server. A phone that pins the server's key must refuse it during the
 * handshake; {@link #bytesFromClients()} proves nothing reached it.
 */
public final class MitmProxy implements AutoCloseable {
    private final SSLServerSocket server;
    private final URI upstream;
    private final AtomicLong bytesFromClients = new AtomicLong();
    private final AtomicLong refusedHandshakes = new AtomicLong();

    public MitmProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(impostorKeys(), null, null);
            server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
                    InetAddress.getLoopbackAddress());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot start the man-in-the-middle", e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "mitm-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public HttpUrl endpoint() {
        return new HttpUrl.Builder().scheme("https").host("127.0.0.1").port(server.getLocalPort()).build();
    }

    /** Application bytes phones sent through this proxy (0 when every phone refused it). */
    public long bytesFromClients() {
        return bytesFromClients.get();
    }

    public long refusedHandshakes() {
        return refusedHandshakes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> relay((SSLSocket) client), "mitm-relay");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(SSLSocket client) {
        try (client) {
            try {
                client.startHandshake();
            } catch (IOException e) {
                refusedHandshakes.incrementAndGet();
                return;
            }
            try (SSLSocket up = upstreamSocket()) {
                Thread back = new Thread(() -> pipe(up, client, null), "mitm-back");
                back.setDaemon(true);
                back.start();
                pipe(client, up, bytesFromClients);
            }
        } catch (IOException | GeneralSecurityException e) {
            // a relay that breaks simply ends the connection
        }
    }

    private SSLSocket upstreamSocket() throws IOException, GeneralSecurityException {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return (SSLSocket) trustAll.getSocketFactory().createSocket(upstream.getHost(), upstream.getPort());
    }

    private static void pipe(Socket from, Socket to, AtomicLong counter) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (counter != null) {
                    counter.addAndGet(n);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // either side closed
        }
    }

    private static javax.net.ssl.KeyManager[] impostorKeys() throws GeneralSecurityException, IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=roamvault,O=Not The App Server");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(30))), name,
                    keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = "impostor".toCharArray();
            store.setKeyEntry("impostor", keys.getPrivate(), password, new Certificate[] {certificate});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers();
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
