package com.roamvault.server.dmz;

import com.roamvault.server.http.HttpsConnector;
import com.roamvault.server.keys.TlsIdentity;
import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The core's internal port: TLS that demands a client certificate and accepts only the App
 * Servers' pinned client keys. Whatever arrives on it was sent by one of the App Servers.
 */
public final class InternalChannel {
    /**
     * Twice the keep-alive of the App Server's JDK HttpClient ({@code jdk.httpclient.keepalive.timeout},
     * 30 s by default, as long as our public idle timeout): the App Server always drops an idle link to
     * the core before the core closes it, so a phone's call is never forwarded on a closed one.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private final TlsIdentity identity;
    private final DmzCore settings;
    private final String host;
    private volatile ServerConnector connector;

    /** @param publicHost where the internal port listens unless {@link DmzCore#internalHost()} says otherwise */
    public InternalChannel(TlsIdentity identity, DmzCore settings, String publicHost) {
        this.identity = identity;
        this.settings = settings;
        this.host = settings.internalHost() != null ? settings.internalHost() : publicHost;
    }

    /** For Javalin's {@code jetty.addConnector}. */
    public Connector connector(Server server, HttpConfiguration base) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setSslContext(MutualTls.context(identity, settings.appServerPins()));
        tls.setNeedClientAuth(true);
        connector = HttpsConnector.create(server, base, tls, host, settings.internalPort(), IDLE_TIMEOUT);
        return connector;
    }

    /** Whether a request that reached this server's socket on {@code localPort} came over this channel. */
    public boolean carries(int localPort) {
        return connector != null && localPort == connector.getLocalPort();
    }

    /** The address the internal port listens on. */
    public String host() {
        return host;
    }

    public int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    public DmzCore settings() {
        return settings;
    }
}
