package com.roamvault.server.users;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.PasswordReset;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** User accounts for the security administrator: list and search, create, change, delete, unlock, reset. */
public final class UserRoutes implements Routes {
    private static final String USER = Paths.ADMIN_USERS + "/{id}";

    private final Bodies bodies;
    private final UserService users;
    private final UserCredentials credentials;

    public UserRoutes(Bodies bodies, UserService users, UserCredentials credentials) {
        this.bodies = bodies;
        this.users = users;
        this.credentials = credentials;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_USERS, this::list, Role.SECURITY_ADMIN);
        routes.post(Paths.ADMIN_USERS, this::create, Role.SECURITY_ADMIN);
        routes.get(USER, this::get, Role.SECURITY_ADMIN);
        routes.put(USER, this::update, Role.SECURITY_ADMIN);
        routes.delete(USER, this::delete, Role.SECURITY_ADMIN);
        routes.post(USER + "/unlock", this::unlock, Role.SECURITY_ADMIN);
        routes.put(USER + "/master-password", this::resetMasterPassword, Role.SECURITY_ADMIN);
    }

    private void list(Context http) {
        UserListQuery query = UserListQuery.from(http::queryParam);
        http.json(users.list(query));
    }

    private void create(Context http) {
        UserCreate body = bodies.read(http, UserCreate.class);
        http.status(201).json(users.create(body, Actor.console(Caller.of(http))));
    }

    private void get(Context http) {
        http.json(users.get(id(http)));
    }

    private void update(Context http) {
        long id = id(http);
        UserCreate body = bodies.read(http, UserCreate.class);
        http.json(users.update(id, body, Actor.console(Caller.of(http)), Caller.of(http).userId()));
    }

    private void delete(Context http) {
        users.delete(id(http), Actor.console(Caller.of(http)), Caller.of(http).userId());
        http.status(204);
    }

    private void unlock(Context http) {
        credentials.unlock(id(http), Actor.console(Caller.of(http)));
        http.status(204);
    }

    private void resetMasterPassword(Context http) {
        long id = id(http);
        PasswordReset body = bodies.read(http, PasswordReset.class);
        credentials.resetMasterPassword(id, body.password(), Actor.console(Caller.of(http)));
        http.status(204);
    }

    private static long id(Context http) {
        return PathIds.number(http, "id", "User");
    }
}
