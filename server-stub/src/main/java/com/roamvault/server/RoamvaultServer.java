package com.roamvault.server;

import com.roamvault.server.crypt.KekSource;
import com.roamvault.server.dmz.InternalChannel;
import com.roamvault.server.dmz.InternalChannelRoutes;
import com.roamvault.server.http.HttpsConnector;
import com.roamvault.server.http.JsonAnswers;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.store.Database;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A running Roamvault server (vault core + App Server, or in the DMZ topology the core alone with an
 * internal port for the App Server, see {@link ServerConfig#dmz()}) over HTTPS. Built from its dependencies,
 * so tests start it on a random port against a fresh database, exactly as {@code java -jar} does.
 */
public final class RoamvaultServer implements AutoCloseable {
    public static final long MAX_REQUEST_BYTES = 2 * 1024 * 1024;

    private final ServerWiring wiring;
    private final Javalin app;
    private final Optional<String> generatedAdminPassword;
    private final Optional<InternalChannel> internal;

    private RoamvaultServer(ServerWiring wiring, Javalin app, Optional<String> generatedAdminPassword,
                            Optional<InternalChannel> internal) {
        this.wiring = wiring;
        this.app = app;
        this.generatedAdminPassword = generatedAdminPassword;
        this.internal = internal;
    }

    public static RoamvaultServer start(ServerConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        Database db = Database.open(config.effectiveJdbcUrl(),
                new KekSource(config.dataDir().resolve("keys"), System.getenv()));
        try {
            ServerKeys keys = ServerKeys.load(config.dataDir(), db);
            ServerWiring wiring = ServerWiring.build(config, keys, db);
            Optional<String> generated = wiring.bootstrap();
            Optional<InternalChannel> internal = Optional.ofNullable(config.dmz())
                    .map(dmz -> new InternalChannel(keys.tls(), dmz, config.host()));
            Javalin app = javalin(wiring, internal);
            app.start();
            RoamvaultServer server = new RoamvaultServer(wiring, app, generated, internal);
            wiring.publicUrl().set(server.url());
            return server;
        } catch (RuntimeException | IOException e) {
            db.close();
            throw e;
        }
    }

    private static Javalin javalin(ServerWiring wiring, Optional<InternalChannel> internal) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jsonMapper(new JavalinJackson(wiring.json(), false));
            config.jetty.addConnector((server, httpConfig) -> HttpsConnector.create(server, httpConfig,
                    wiring.keys().tls(), wiring.config().host(), wiring.config().port(),
                    wiring.config().idleTimeout()));
            JsonAnswers.install(config);
            internal.ifPresent(channel -> {
                config.jetty.addConnector(channel::connector);
                new InternalChannelRoutes(channel, wiring.identity().appServers()).register(config.routes);
            });
            config.routes.beforeMatched(wiring.accessControl());
            wiring.routes().forEach(f -> f.register(config.routes));
        });
    }

    /** The composition root this server runs on (tests reach its stores through it). */
    public ServerWiring wiring() {
        return wiring;
    }

    public int port() {
        return app.jettyServer().server().getConnectors().length > 0
                ? ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort() : -1;
    }

    public String url() {
        return "https://" + urlHost() + ":" + port();
    }

    private String urlHost() {
        return urlHost(wiring.config().host());
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public String pin() {
        return wiring.keys().pin();
    }

    /** The DMZ core's internal channel (only the App Server may connect), empty for an all-in-one server. */
    public Optional<String> internalUrl() {
        return internal.map(channel -> "https://" + urlHost(channel.host()) + ":" + channel.port());
    }

    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    @Override
    public void close() {
        app.stop();
        wiring.db().close();
    }
}
