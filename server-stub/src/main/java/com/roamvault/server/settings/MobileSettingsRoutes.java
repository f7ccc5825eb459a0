package com.roamvault.server.settings;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.ServerContext;
import com.roamvault.server.http.ConsoleActor;
import com.roamvault.server.admin.FieldChanges;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The global Mobile App Settings: read, and patch (fields left out stay as they are). */
public final class MobileSettingsRoutes implements Routes {
    private final ServerContext ctx;

    public MobileSettingsRoutes(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_SETTINGS_MOBILE, this::get, Role.SECURITY_ADMIN);
        routes.put(Paths.ADMIN_SETTINGS_MOBILE, this::put, Role.SECURITY_ADMIN);
    }

    private void get(Context http) {
        http.json(ctx.db().read(ctx.policies()::settings));
    }

    private void put(Context http) {
        MobileSettingsPatch patch = ctx.bodies().read(http, MobileSettingsPatch.class);
        Actor actor = ConsoleActor.of(http);
        MobileSettings updated = ctx.db().tx(sql -> {
            MobileSettings old = ctx.policies().settings(sql);
            MobileSettings next = ctx.policies().updateSettings(sql, patch);
            FieldChanges changes = FieldChanges.between(old, next, "none");
            if (!changes.isEmpty()) {
                ctx.audit().append(sql, actor.event(AuditActions.SETTINGS_CHANGED, changes.toString()));
            }
            return next;
        });
        http.json(updated);
    }
}
