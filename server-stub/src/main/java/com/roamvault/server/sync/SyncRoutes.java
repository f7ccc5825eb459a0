package com.roamvault.server.sync;

import com.roamvault.protocol.Paths;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /api/mobile/v1/sync[?cursor=]}: full or delta sync plus a fresh signed lease. */
public final class SyncRoutes implements Routes {
    private final SyncService sync;

    public SyncRoutes(SyncService sync) {
        this.sync = sync;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.MOBILE_SYNC, this::sync, Role.DEVICE);
    }

    private void sync(Context http) {
        http.json(sync.sync(Caller.of(http), http.queryParam("cursor")));
    }
}
