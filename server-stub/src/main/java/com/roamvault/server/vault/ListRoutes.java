package com.roamvault.server.vault;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.ListPage;
import com.roamvault.protocol.admin.ListRequest;
import com.roamvault.protocol.admin.Permissions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Password lists and their permissions for the security administrator; {@link ListAdmin} does the work. */
public final class ListRoutes implements Routes {
    private static final String LIST = Paths.ADMIN_LISTS + "/{listId}";

    private final Bodies bodies;
    private final ListAdmin lists;

    public ListRoutes(Bodies bodies, ListAdmin lists) {
        this.bodies = bodies;
        this.lists = lists;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_LISTS, this::lists, Role.SECURITY_ADMIN);
        routes.post(Paths.ADMIN_LISTS, this::create, Role.SECURITY_ADMIN);
        routes.get(LIST, this::get, Role.SECURITY_ADMIN);
        routes.delete(LIST, this::delete, Role.SECURITY_ADMIN);
        routes.get(LIST + "/permissions", this::permissions, Role.SECURITY_ADMIN);
        routes.put(LIST + "/permissions", this::setPermissions, Role.SECURITY_ADMIN);
    }

    private void lists(Context http) {
        http.json(new ListPage(lists.lists()));
    }

    private void create(Context http) {
        ListRequest body = bodies.read(http, ListRequest.class);
        http.status(201).json(lists.create(body, Actor.console(Caller.of(http))));
    }

    private void get(Context http) {
        http.json(lists.get(listId(http)));
    }

    private void delete(Context http) {
        lists.delete(listId(http), Actor.console(Caller.of(http)));
        http.status(204);
    }

    private void permissions(Context http) {
        http.json(lists.permissions(listId(http)));
    }

    private void setPermissions(Context http) {
        long id = listId(http);
        Permissions body = bodies.read(http, Permissions.class);
        http.json(lists.setPermissions(id, body, Actor.console(Caller.of(http))));
    }

    static long listId(Context http) {
        return PathIds.number(http, "listId", "Password list");
    }
}
