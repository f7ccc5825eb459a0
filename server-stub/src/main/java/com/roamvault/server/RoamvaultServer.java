package com.roamvault.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import com.roamvault.server.admin.AdminSessionRoutes;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.audit.AuditRoutes;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.devices.DeviceAdminRoutes;
import com.roamvault.server.dmz.InternalChannel;
import com.roamvault.server.dmz.InternalChannelRoutes;
import com.roamvault.server.auth.TokenService;
import com.roamvault.server.groups.GroupRoutes;
import com.roamvault.server.http.AccessControl;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.ErrorMapper;
import com.roamvault.server.http.HttpsConnector;
import com.roamvault.server.http.JsonErrorPages;
import com.roamvault.server.http.Routes;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.mobile.MobileRoutes;
import com.roamvault.server.pairing.PairingRoutes;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.passwordstate.PasswordstateRoutes;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.settings.MobileSettingsRoutes;
import com.roamvault.server.settings.UserMobileRoutes;
import com.roamvault.server.stats.StatsRoutes;
import com.roamvault.server.store.Database;
import com.roamvault.server.sync.SyncRoutes;
import com.roamvault.server.users.AdminBootstrap;
import com.roamvault.server.users.UserRoutes;
import com.roamvault.server.vault.ListRoutes;
import com.roamvault.server.vault.RecordRoutes;
import com.roamvault.server.vault.Vault;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A running Roamvault server (vault core + App Server, or in the DMZ topology the core alone with an
 * internal port for the App Server, see {@link ServerConfig#dmz()}) over HTTPS. Built from its dependencies,
 * so tests start it on a random port against a fresh database, exactly as {@code java -jar} does.
 */
public final class RoamvaultServer implements AutoCloseable {
    public static final long MAX_REQUEST_BYTES = 2 * 1024 * 1024;

    private final ServerContext context;
    private final Javalin app;
    private final Optional<String> generatedAdminPassword;
    private final Optional<InternalChannel> internal;

    private RoamvaultServer(ServerContext context, Javalin app, Optional<String> generatedAdminPassword,
                            Optional<InternalChannel> internal) {
        this.context = context;
        this.app = app;
        this.generatedAdminPassword = generatedAdminPassword;
        this.internal = internal;
    }

    public static RoamvaultServer start(ServerConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        ServerKeys keys = ServerKeys.loadOrCreate(config.dataDir());
        Database db = Database.open(config.effectiveJdbcUrl());
        try {
            ServerContext context = context(config, keys, db);
            Optional<String> generated = AdminBootstrap.ensureAdmin(context, config.adminPassword());
            if (config.demo()) {
                com.roamvault.server.demo.DemoSeeder.seedOnce(context);
            }
            Optional<InternalChannel> internal = Optional.ofNullable(config.dmz())
                    .map(dmz -> new InternalChannel(keys, dmz, config.host()));
            Javalin app = javalin(context, routes(context), internal);
            app.start();
            RoamvaultServer server = new RoamvaultServer(context, app, generated, internal);
            context.publicUrlHolder().set(server.url());
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static ServerContext context(ServerConfig config, ServerKeys keys, Database db) {
        ObjectMapper json = Json.mapper();
        AuditLog audit = new AuditLog(config.clock());
        PasswordHasher hasher = new PasswordHasher(config.hashing());
        PolicyService policies = new PolicyService();
        return new ServerContext(config, config.clock(), db, keys, json, new Bodies(json), audit,
                new TokenService(config.clock()), hasher, new PasswordPolicy(), policies,
                new LoginService(db, config.clock(), hasher, policies, audit), new Vault(config.clock(), audit),
                config.clock().instant(), new java.util.concurrent.atomic.AtomicReference<>());
    }

    private static List<Routes> routes(ServerContext ctx) {
        return List.of(new AdminSessionRoutes(ctx), new MobileRoutes(ctx), new SyncRoutes(ctx),
                new DeviceAdminRoutes(ctx), new MobileSettingsRoutes(ctx), new UserRoutes(ctx),
                new UserMobileRoutes(ctx), new PairingRoutes(ctx), new GroupRoutes(ctx), new ListRoutes(ctx),
                new RecordRoutes(ctx), new AuditRoutes(ctx), new StatsRoutes(ctx), new PasswordstateRoutes(ctx));
    }

    private static Javalin javalin(ServerContext ctx, List<Routes> features, Optional<InternalChannel> internal) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jsonMapper(new JavalinJackson(ctx.json(), false));
            config.jetty.addConnector((server, httpConfig) -> HttpsConnector.create(server, httpConfig, ctx.keys(),
                    ctx.config().host(), ctx.config().port()));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
            ErrorMapper.register(config.routes);
            internal.ifPresent(channel -> {
                config.jetty.addConnector(channel::connector);
                new InternalChannelRoutes(channel).register(config.routes);
            });
            config.routes.beforeMatched(new AccessControl(ctx.db(), ctx.tokens()));
            features.forEach(f -> f.register(config.routes));
        });
    }

    public ServerContext context() {
        return context;
    }

    public int port() {
        return app.jettyServer().server().getConnectors().length > 0
                ? ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort() : -1;
    }

    public String url() {
        return "https://" + urlHost() + ":" + port();
    }

    private String urlHost() {
        String host = context.config().host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public String pin() {
        return context.keys().pin();
    }

    /** The DMZ core's internal channel (only the App Server may connect), empty for an all-in-one server. */
    public Optional<String> internalUrl() {
        return internal.map(channel -> "https://" + urlHost() + ":" + channel.port());
    }

    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    @Override
    public void close() {
        app.stop();
        context.db().close();
    }
}
