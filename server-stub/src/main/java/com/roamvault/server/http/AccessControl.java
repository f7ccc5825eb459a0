package com.roamvault.server.http;

import com.roamvault.protocol.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Set;

/** The one place that checks a route's {@link Role} before its handler runs. */
public final class AccessControl implements Handler {
    private final TokenLookup tokens;

    public AccessControl(TokenLookup tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Role.DEVICE)) {
            TokenHolder holder = holder(ctx);
            if (!TokenHolder.MOBILE.equals(holder.kind())) {
                throw new ApiException(ErrorCode.UNAUTHORIZED, "This call needs a device's access token");
            }
            if (holder.deviceRevoked()) {
                throw new ApiException(ErrorCode.DEVICE_REVOKED, "This device was revoked by an administrator");
            }
            new Caller(holder.userId(), holder.username(), holder.deviceId(), ClientAddress.of(ctx)).attachTo(ctx);
        } else if (roles.contains(Role.SECURITY_ADMIN)) {
            TokenHolder holder = holder(ctx);
            if (!TokenHolder.ADMIN.equals(holder.kind()) || !holder.securityAdmin() || !holder.enabled()) {
                throw new ApiException(ErrorCode.FORBIDDEN, "This call needs the security administrator role");
            }
            new Caller(holder.userId(), holder.username(), null, ClientAddress.of(ctx)).attachTo(ctx);
        }
    }

    private TokenHolder holder(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "Missing Bearer access token");
        }
        String token = header.substring(7).strip();
        return tokens.holder(token).orElseThrow(() ->
                new ApiException(ErrorCode.UNAUTHORIZED, "The access token is unknown or expired"));
    }
}
