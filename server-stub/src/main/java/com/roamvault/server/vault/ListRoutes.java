package com.roamvault.server.vault;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.ListPage;
import com.roamvault.protocol.admin.ListRequest;
import com.roamvault.protocol.admin.Permissions;
import com.roamvault.server.ServerContext;
import com.roamvault.server.http.ConsoleActor;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Password lists and their permissions for the security administrator; the {@link Vault} does the work. */
public final class ListRoutes implements Routes {
    private static final String LIST = Paths.ADMIN_LISTS + "/{listId}";

    private final ServerContext ctx;

    public ListRoutes(ServerContext ctx) {
        this.ctx = ctx;
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
        http.json(new ListPage(ctx.db().read(sql -> ctx.vault().lists(sql)).stream().map(AdminViews::list).toList()));
    }

    private void create(Context http) {
        ListRequest body = ctx.bodies().read(http, ListRequest.class);
        Actor actor = ConsoleActor.of(http);
        http.status(201).json(AdminViews.list(ctx.db().tx(sql ->
                ctx.vault().createList(sql, body.name(), body.description(), actor))));
    }

    private void get(Context http) {
        long id = listId(http);
        http.json(AdminViews.list(ctx.db().read(sql -> ctx.vault().requireList(sql, id))));
    }

    private void delete(Context http) {
        long id = listId(http);
        Actor actor = ConsoleActor.of(http);
        ctx.db().txRun(sql -> ctx.vault().deleteList(sql, id, actor));
        http.status(204);
    }

    private void permissions(Context http) {
        long id = listId(http);
        http.json(new Permissions(ctx.db().read(sql -> ctx.vault().grants(sql, id)).stream()
                .map(AdminViews::permission).toList()));
    }

    /** Replaces the whole set; the vault validates every entry and audits PERMISSION_CHANGED. */
    private void setPermissions(Context http) {
        long id = listId(http);
        Permissions body = ctx.bodies().read(http, Permissions.class);
        Actor actor = ConsoleActor.of(http);
        ctx.db().txRun(sql -> {
            ctx.vault().requireList(sql, id);
            if (body.permissions() == null) {
                throw ApiException.validation(Map.of("permissions", "is required; send [] to remove every grant"));
            }
            List<Grant> grants = body.permissions().stream().map(AdminViews::grant).toList();
            ctx.vault().setGrants(sql, id, grants, actor);
        });
        permissions(http);
    }

    static long listId(Context http) {
        return PathIds.number(http, "listId", "Password list");
    }
}
