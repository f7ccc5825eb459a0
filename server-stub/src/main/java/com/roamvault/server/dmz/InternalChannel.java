package com.roamvault.server.dmz;

import com.roamvault.server.http.HttpsConnector;
import com.roamvault.server.keys.ServerKeys;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The core's internal port: TLS that demands a client certificate and accepts only the App
 * Server's pinned key. Whatever arrives on it was sent by the App Server.
 */
public final class InternalChannel {
    private final ServerKeys keys;
    private final DmzCore settings;
    private final String host;
    private volatile ServerConnector connector;

    public InternalChannel(ServerKeys keys, DmzCore settings, String host) {
        this.keys = keys;
        this.settings = settings;
        this.host = host;
    }

    /** For Javalin's {@code jetty.addConnector}. */
    public Connector connector(Server server, HttpConfiguration base) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(MutualTls.context(keys, settings.appServerPin()));
        tls.setNeedClientAuth(true);
        connector = HttpsConnector.create(server, base, tls, host, settings.internalPort());
        return connector;
    }

    /** Whether a request that reached this server's socket on {@code localPort} came over this channel. */
    public boolean carries(int localPort) {
        return connector != null && localPort == connector.getLocalPort();
    }

    public int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    public DmzCore settings() {
        return settings;
    }
}
