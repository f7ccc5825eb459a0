package com.roamvault.server.groups;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.GroupPage;
import com.roamvault.protocol.admin.GroupRequest;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Security groups for the security administrator. */
public final class GroupRoutes implements Routes {
    private static final String GROUP = Paths.ADMIN_GROUPS + "/{id}";

    private final Bodies bodies;
    private final GroupAdmin groups;

    public GroupRoutes(Bodies bodies, GroupAdmin groups) {
        this.bodies = bodies;
        this.groups = groups;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_GROUPS, this::list, Role.SECURITY_ADMIN);
        routes.post(Paths.ADMIN_GROUPS, this::create, Role.SECURITY_ADMIN);
        routes.get(GROUP, this::get, Role.SECURITY_ADMIN);
        routes.put(GROUP, this::update, Role.SECURITY_ADMIN);
        routes.delete(GROUP, this::delete, Role.SECURITY_ADMIN);
    }

    private void list(Context http) {
        http.json(new GroupPage(groups.list()));
    }

    private void create(Context http) {
        GroupRequest body = bodies.read(http, GroupRequest.class);
        Actor actor = Actor.console(Caller.of(http));
        http.status(201).json(groups.create(body, actor));
    }

    private void get(Context http) {
        long id = id(http);
        http.json(groups.get(id));
    }

    private void update(Context http) {
        long id = id(http);
        GroupRequest body = bodies.read(http, GroupRequest.class);
        Actor actor = Actor.console(Caller.of(http));
        http.json(groups.update(id, body, actor));
    }

    private void delete(Context http) {
        long id = id(http);
        Actor actor = Actor.console(Caller.of(http));
        groups.delete(id, actor);
        http.status(204);
    }

    private static long id(Context http) {
        return PathIds.number(http, "id", "Group");
    }
}
