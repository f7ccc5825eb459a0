package com.roamvault.server.groups;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.GroupPage;
import com.roamvault.protocol.admin.GroupRequest;
import com.roamvault.server.ServerContext;
import com.roamvault.server.http.ConsoleActor;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Security groups for the security administrator. */
public final class GroupRoutes implements Routes {
    private static final String GROUP = Paths.ADMIN_GROUPS + "/{id}";

    private final ServerContext ctx;
    private final GroupService groups;

    public GroupRoutes(ServerContext ctx) {
        this.ctx = ctx;
        this.groups = new GroupService(ctx.audit());
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
        http.json(new GroupPage(ctx.db().read(groups::list)));
    }

    private void create(Context http) {
        GroupRequest body = ctx.bodies().read(http, GroupRequest.class);
        Actor actor = ConsoleActor.of(http);
        http.status(201).json(ctx.db().tx(sql -> groups.create(sql, body, actor)));
    }

    private void get(Context http) {
        long id = id(http);
        http.json(ctx.db().read(sql -> groups.get(sql, id)));
    }

    private void update(Context http) {
        long id = id(http);
        GroupRequest body = ctx.bodies().read(http, GroupRequest.class);
        Actor actor = ConsoleActor.of(http);
        http.json(ctx.db().tx(sql -> groups.update(sql, id, body, actor)));
    }

    private void delete(Context http) {
        long id = id(http);
        Actor actor = ConsoleActor.of(http);
        ctx.db().txRun(sql -> groups.delete(sql, id, actor));
        http.status(204);
    }

    private static long id(Context http) {
        return PathIds.number(http, "id", "Group");
    }
}
