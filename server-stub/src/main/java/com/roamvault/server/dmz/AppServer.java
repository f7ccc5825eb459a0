package com.roamvault.server.dmz;

import com.roamvault.protocol.Json;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.http.HttpsConnector;
import com.roamvault.server.http.JsonAnswers;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DMZ App Server (DESIGN.md "Topologies"): the only process phones reach. It has no database,
 * no vault key, only its own TLS keys ({@link AppServerKeys}); it serves the mobile API by passing each
 * call to the core over mutual TLS.
 */
public final class AppServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppServer.class);

    private final AppServerConfig config;
    private final AppServerKeys keys;
    private final CoreClient core;
    private final Javalin app;

    private AppServer(AppServerConfig config, AppServerKeys keys, CoreClient core, Javalin app) {
        this.config = config;
        this.keys = keys;
        this.core = core;
        this.app = app;
    }

    public static AppServer start(AppServerConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        AppServerKeys keys = AppServerKeys.loadOrCreate(config.dataDir());
        warnAboutVaultKeys(config.dataDir());
        CoreClient core = new CoreClient(config.coreUrl(), MutualTls.context(keys.client(), config.corePin()));
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = RoamvaultServer.MAX_REQUEST_BYTES;
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
            c.jetty.addConnector((server, httpConfig) -> HttpsConnector.create(server, httpConfig, keys.tls(),
                    config.host(), config.port()));
            JsonAnswers.install(c);
            new ForwardingRoutes(core).register(c.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
        return new AppServer(config, keys, core, app);
    }

    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    public String url() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The pin phones pair with. */
    public String pin() {
        return keys.phonePin();
    }

    public AppServerKeys keys() {
        return keys;
    }

    /** A folder that once served as a core (or an App Server of an older version) may still hold vault keys. */
    private static void warnAboutVaultKeys(Path dataDir) {
        for (String name : AppServerKeys.VAULT_KEY_FILES) {
            Path file = dataDir.resolve("keys").resolve(name);
            if (Files.exists(file)) {
                LOG.warn("{} is a vault key the App Server does not use; delete it from the DMZ host", file);
            }
        }
    }

    @Override
    public void close() {
        app.stop();
        core.close();
    }
}
