package com.roamvault.server.devices;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.DevicePage;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The security administrator's view of phones: list them, revoke one. */
public final class DeviceAdminRoutes implements Routes {
    private final DeviceAdmin devices;

    public DeviceAdminRoutes(DeviceAdmin devices) {
        this.devices = devices;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_DEVICES, this::list, Role.SECURITY_ADMIN);
        routes.post(Paths.ADMIN_DEVICES + "/{id}/revoke", this::revoke, Role.SECURITY_ADMIN);
    }

    private void list(Context http) {
        String user = http.queryParam("user");
        http.json(new DevicePage(devices.list(user)));
    }

    private void revoke(Context http) {
        String deviceId = PathIds.uuid(http, "id", "Device");
        http.json(devices.revoke(deviceId, Actor.console(Caller.of(http))));
    }
}
