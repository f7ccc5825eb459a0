package com.roamvault.server.pairing;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.pairing.PairingUri;
import com.roamvault.server.ServerContext;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import com.roamvault.server.users.UserRows;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Base64;

/**
 * A user's pairing code: the URL and certificate pin phones use (this server's, or the App Server's
 * in the DMZ topology) and the username, as a URI and as a QR image.
 * It is handed over out of band, so the pin never travels over the channel it protects.
 */
public final class PairingRoutes implements Routes {
    private final ServerContext ctx;

    public PairingRoutes(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Paths.ADMIN_USERS + "/{id}/pairing-code", this::pairingCode, Role.SECURITY_ADMIN);
    }

    private void pairingCode(Context http) {
        long id = PathIds.number(http, "id", "User");
        UserDetail user = ctx.db().read(sql -> UserRows.require(sql, id, ctx.clock().millis()));
        String uri = new PairingUri(URI.create(ctx.phoneUrl()), ctx.phonePin(), user.username()).format();
        http.json(new PairingCode(uri, Base64.getEncoder().encodeToString(QrCodes.png(uri))));
    }
}
