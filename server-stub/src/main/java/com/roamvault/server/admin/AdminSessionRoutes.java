package com.roamvault.server.admin;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.protocol.admin.AdminToken;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.ServerContext;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.auth.TokenService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;

/** Admin login and the server's identity (version, pin, lease key, system API key). */
public final class AdminSessionRoutes implements Routes {
    private static final Duration ADMIN_TOKEN_TTL = Duration.ofHours(8);

    private final ServerContext ctx;

    public AdminSessionRoutes(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(Paths.ADMIN_LOGIN, this::login, Role.ANYONE);
        routes.get(Paths.ADMIN_SERVER, this::server, Role.SECURITY_ADMIN);
    }

    private void login(Context http) {
        AdminLogin body = ctx.bodies().read(http, AdminLogin.class);
        LoginService.Account account = ctx.logins().authenticate(body.username(), body.password(),
                ClientAddress.of(http), AuditEntry.ADMIN_CONSOLE, null);
        if (!account.securityAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This account is not a security administrator");
        }
        TokenService.Issued issued = ctx.db().tx(sql -> {
            ctx.audit().append(sql, AuditEntry.server(AuditEntry.ADMIN_CONSOLE, AuditActions.LOGIN_SUCCEEDED,
                    "success", account.username(), null, ClientAddress.of(http), "console"));
            return ctx.tokens().issue(sql, TokenService.ADMIN, account.id(), null, ADMIN_TOKEN_TTL);
        });
        http.json(new AdminToken(issued.token(), issued.expiresAt()));
    }

    private void server(Context http) {
        long uptime = Duration.between(ctx.startedAt(), ctx.clock().instant()).toSeconds();
        http.json(new ServerInfo(ServerContext.VERSION, uptime, ctx.topology(), ctx.keys().pin(),
                ctx.keys().leaseSigner().publicKeyBase64(), ctx.keys().systemApiKey()));
    }
}
