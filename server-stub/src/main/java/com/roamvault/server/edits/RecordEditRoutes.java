package com.roamvault.server.edits;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.mobile.RecordEdit;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code PUT /api/mobile/v1/records/{recordId}}: an edit made on the phone (API.md). */
public final class RecordEditRoutes implements Routes {
    private final Bodies bodies;
    private final RecordEditService edits;

    public RecordEditRoutes(Bodies bodies, RecordEditService edits) {
        this.bodies = bodies;
        this.edits = edits;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put(Paths.MOBILE_RECORDS + "/{recordId}", this::edit, Role.DEVICE);
    }

    private void edit(Context http) {
        long recordId = PathIds.number(http, "recordId", "Password record");
        EditAnswer answer = edits.edit(Caller.of(http), recordId, bodies.read(http, RecordEdit.class));
        http.status(answer.status()).contentType("application/json").result(answer.json());
    }
}
