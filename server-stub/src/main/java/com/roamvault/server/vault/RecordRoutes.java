package com.roamvault.server.vault;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.RecordPage;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.server.ServerContext;
import com.roamvault.server.http.ConsoleActor;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Password records for the security administrator; each change bumps the revision phones sync by. */
public final class RecordRoutes implements Routes {
    private static final String RECORD = Paths.ADMIN_RECORDS + "/{recordId}";

    private final ServerContext ctx;

    public RecordRoutes(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void register(RoutesConfig routes) {
        String listRecords = Paths.ADMIN_LISTS + "/{listId}/records";
        routes.get(listRecords, this::records, Role.SECURITY_ADMIN);
        routes.post(listRecords, this::create, Role.SECURITY_ADMIN);
        routes.get(RECORD, this::get, Role.SECURITY_ADMIN);
        routes.put(RECORD, this::update, Role.SECURITY_ADMIN);
        routes.delete(RECORD, this::delete, Role.SECURITY_ADMIN);
    }

    private void records(Context http) {
        long listId = ListRoutes.listId(http);
        http.json(new RecordPage(ctx.db().read(sql -> {
            ctx.vault().requireList(sql, listId);
            return ctx.vault().records(sql, listId);
        }).stream().map(AdminViews::record).toList()));
    }

    private void create(Context http) {
        long listId = ListRoutes.listId(http);
        RecordRequest body = ctx.bodies().read(http, RecordRequest.class);
        Actor actor = ConsoleActor.of(http);
        http.status(201).json(AdminViews.record(ctx.db().tx(sql -> {
            ctx.vault().requireList(sql, listId);
            return ctx.vault().createRecord(sql, listId, AdminViews.fields(body), actor);
        })));
    }

    private void get(Context http) {
        long id = recordId(http);
        http.json(AdminViews.record(ctx.db().read(sql -> ctx.vault().requireRecord(sql, id))));
    }

    private void update(Context http) {
        long id = recordId(http);
        RecordRequest body = ctx.bodies().read(http, RecordRequest.class);
        Actor actor = ConsoleActor.of(http);
        http.json(AdminViews.record(ctx.db().tx(sql -> {
            ctx.vault().requireRecord(sql, id);
            return ctx.vault().updateRecord(sql, id, AdminViews.fields(body), actor);
        })));
    }

    private void delete(Context http) {
        long id = recordId(http);
        Actor actor = ConsoleActor.of(http);
        ctx.db().txRun(sql -> ctx.vault().deleteRecord(sql, id, actor));
        http.status(204);
    }

    private static long recordId(Context http) {
        return PathIds.number(http, "recordId", "Password record");
    }
}
