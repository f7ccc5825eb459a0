package com.roamvault.server.sync;

import com.roamvault.protocol.Paths;
import com.roamvault.server.ServerContext;
import com.roamvault.server.devices.DeviceService;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import com.roamvault.server.mobile.MobileAccess;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /api/mobile/v1/sync[?cursor=]}: full or delta sync plus a fresh signed lease. */
public final class SyncRoutes implements Routes {
    private final SyncService sync;

    public SyncRoutes(ServerContext ctx) {
        this.sync = new SyncService(ctx, new DeviceService(ctx.clock(), ctx.audit()), new MobileAccess(ctx.policies()));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.MOBILE_SYNC, this::sync, Role.DEVICE);
    }

    private void sync(Context http) {
        http.json(sync.sync(Caller.of(http), http.queryParam("cursor")));
    }
}
