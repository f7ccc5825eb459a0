package com.roamvault.server.admin;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import com.roamvault.server.identity.ServerIdentity;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Admin login and the server's identity (version, pin, lease key, system API key). */
public final class AdminSessionRoutes implements Routes {
    private final Bodies bodies;
    private final AdminSessions sessions;
    private final ServerIdentity identity;

    public AdminSessionRoutes(Bodies bodies, AdminSessions sessions, ServerIdentity identity) {
        this.bodies = bodies;
        this.sessions = sessions;
        this.identity = identity;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(Paths.ADMIN_LOGIN, this::login, Role.ANYONE);
        routes.get(Paths.ADMIN_SERVER, this::server, Role.SECURITY_ADMIN);
    }

    private void login(Context http) {
        http.json(sessions.login(bodies.read(http, AdminLogin.class), ClientAddress.of(http)));
    }

    private void server(Context http) {
        http.json(identity.info());
    }
}
