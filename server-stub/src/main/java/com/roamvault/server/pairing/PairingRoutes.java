package com.roamvault.server.pairing;

import com.roamvault.protocol.Paths;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** A user's pairing code; handed over out of band, so the pin never travels over the channel it protects. */
public final class PairingRoutes implements Routes {
    private final PairingService pairing;

    public PairingRoutes(PairingService pairing) {
        this.pairing = pairing;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_USERS + "/{id}/pairing-code", this::pairingCode, Role.SECURITY_ADMIN);
    }

    private void pairingCode(Context http) {
        http.json(pairing.code(PathIds.number(http, "id", "User")));
    }
}
