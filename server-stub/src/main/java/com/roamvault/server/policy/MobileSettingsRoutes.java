package com.roamvault.server.policy;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The global Mobile App Settings: read, and patch (fields left out stay as they are). */
public final class MobileSettingsRoutes implements Routes {
    private final Bodies bodies;
    private final MobileSettingsService settings;

    public MobileSettingsRoutes(Bodies bodies, MobileSettingsService settings) {
        this.bodies = bodies;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_SETTINGS_MOBILE, this::get, Role.SECURITY_ADMIN);
        routes.put(Paths.ADMIN_SETTINGS_MOBILE, this::put, Role.SECURITY_ADMIN);
    }

    private void get(Context http) {
        http.json(settings.settings());
    }

    private void put(Context http) {
        MobileSettingsPatch patch = bodies.read(http, MobileSettingsPatch.class);
        http.json(settings.update(patch, Actor.console(Caller.of(http))));
    }
}
