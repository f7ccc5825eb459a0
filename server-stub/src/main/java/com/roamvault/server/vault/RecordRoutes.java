package com.roamvault.server.vault;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.RecordPage;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordRestore;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Password records for the security administrator; each change bumps the revision phones sync by. */
public final class RecordRoutes implements Routes {
    private static final String RECORD = Paths.ADMIN_RECORDS + "/{recordId}";

    private final Bodies bodies;
    private final RecordAdmin records;

    public RecordRoutes(Bodies bodies, RecordAdmin records) {
        this.bodies = bodies;
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        String listRecords = Paths.ADMIN_LISTS + "/{listId}/records";
        routes.get(listRecords, this::records, Role.SECURITY_ADMIN);
        routes.post(listRecords, this::create, Role.SECURITY_ADMIN);
        routes.get(RECORD, this::get, Role.SECURITY_ADMIN);
        routes.put(RECORD, this::update, Role.SECURITY_ADMIN);
        routes.delete(RECORD, this::delete, Role.SECURITY_ADMIN);
        routes.get(RECORD + "/history", http -> http.json(records.history(recordId(http))), Role.SECURITY_ADMIN);
        routes.post(RECORD + "/restore", this::restore, Role.SECURITY_ADMIN);
    }

    private void records(Context http) {
        http.json(new RecordPage(records.records(ListRoutes.listId(http))));
    }

    private void create(Context http) {
        long listId = ListRoutes.listId(http);
        RecordRequest body = bodies.read(http, RecordRequest.class);
        http.status(201).json(records.create(listId, body, Actor.console(Caller.of(http))));
    }

    private void get(Context http) {
        http.json(records.get(recordId(http)));
    }

    private void update(Context http) {
        long id = recordId(http);
        RecordRequest body = bodies.read(http, RecordRequest.class);
        http.json(records.update(id, body, Actor.console(Caller.of(http))));
    }

    private void restore(Context http) {
        long id = recordId(http);
        RecordRestore body = bodies.read(http, RecordRestore.class);
        http.json(records.restore(id, body, Actor.console(Caller.of(http))));
    }

    private void delete(Context http) {
        records.delete(recordId(http), Actor.console(Caller.of(http)));
        http.status(204);
    }

    private static long recordId(Context http) {
        return PathIds.number(http, "recordId", "Password record");
    }
}
