package com.roamvault.server.stats;

import com.roamvault.protocol.Paths;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The dashboard counters for security administrators. */
public final class StatsRoutes implements Routes {
    private final DashboardStats stats;

    public StatsRoutes(DashboardStats stats) {
        this.stats = stats;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_STATS, this::stats, Role.SECURITY_ADMIN);
    }

    private void stats(Context http) {
        http.json(stats.compute());
    }
}
