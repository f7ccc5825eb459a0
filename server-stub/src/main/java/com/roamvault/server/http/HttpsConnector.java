package com.roamvault.server.http;

import com.roamvault.protocol.IdleConnections;
import com.roamvault.server.keys.TlsIdentity;
import java.time.Duration;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Every connector is TLS 1.2+/1.3 with the server's own key; plain HTTP is never served. A connection
 * idle for {@link IdleConnections#SERVER_IDLE_TIMEOUT} is closed (clients keep theirs for less).
 */
public final class HttpsConnector {
    private HttpsConnector() {
    }

    public static Connector create(Server server, HttpConfiguration base, TlsIdentity identity, String host,
                                   int port) {
        return create(server, base, identity, host, port, IdleConnections.SERVER_IDLE_TIMEOUT);
    }

    /** @param idleTimeout shorter than the default only in tests that pause past it */
    public static Connector create(Server server, HttpConfiguration base, TlsIdentity identity, String host,
                                   int port, Duration idleTimeout) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(identity.keyStore());
        tls.setKeyStorePassword(new String(identity.password()));
        tls.setKeyManagerPassword(new String(identity.password()));
        return create(server, base, tls, host, port, idleTimeout);
    }

    /** A connector with TLS set up by the caller (the DMZ core's internal port adds client certificates). */
    public static ServerConnector create(Server server, HttpConfiguration base, SslContextFactory.Server tls,
                                         String host, int port) {
        return create(server, base, tls, host, port, IdleConnections.SERVER_IDLE_TIMEOUT);
    }

    public static ServerConnector create(Server server, HttpConfiguration base, SslContextFactory.Server tls,
                                         String host, int port, Duration idleTimeout) {
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(base);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        https.setSendServerVersion(false);
        // Javalin's default is LEGACY, which lets ambiguous paths (%2e%2e, //, %u0041, bad UTF-8) reach the
        // routes, whose decoder then fails; DEFAULT answers them 400 (JSON, see JsonErrorPages) up front. An
        // encoded slash stays allowed: routes match the raw path, so "..%2F.." is one id segment, "not found".
        https.setUriCompliance(UriCompliance.DEFAULT.with("roamvault", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeout.toMillis());
        return connector;
    }
}
