package com.roamvault.server.policy;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.UserMobileUpdate;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** A user's Mobile Access Options: the overrides (null = inherit) and the effective policy they yield. */
public final class UserMobileRoutes implements Routes {
    private static final String PATH = Paths.ADMIN_USERS + "/{id}/mobile";

    private final Bodies bodies;
    private final UserMobileService userMobile;

    public UserMobileRoutes(Bodies bodies, UserMobileService userMobile) {
        this.bodies = bodies;
        this.userMobile = userMobile;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::get, Role.SECURITY_ADMIN);
        routes.put(PATH, this::put, Role.SECURITY_ADMIN);
    }

    private void get(Context http) {
        http.json(userMobile.get(PathIds.number(http, "id", "User")));
    }

    private void put(Context http) {
        long id = PathIds.number(http, "id", "User");
        UserMobileUpdate body = bodies.read(http, UserMobileUpdate.class);
        http.json(userMobile.update(id, body, Actor.console(Caller.of(http))));
    }
}
