package com.roamvault.server.mobile;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.MasterPasswordChange;
import com.roamvault.server.ServerContext;
import com.roamvault.server.devices.DeviceService;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The phone-facing App Server calls except sync: login, policy, master password change, audit upload. */
public final class MobileRoutes implements Routes {
    private final ServerContext ctx;
    private final MobileLoginService logins;
    private final MasterPasswordService masterPasswords;
    private final AuditUploadService auditUploads;

    public MobileRoutes(ServerContext ctx) {
        this.ctx = ctx;
        this.logins = new MobileLoginService(ctx, new DeviceService(ctx.clock(), ctx.audit()),
                new MobileAccess(ctx.policies()));
        this.masterPasswords = new MasterPasswordService(ctx);
        this.auditUploads = new AuditUploadService(ctx);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(Paths.MOBILE_LOGIN, this::login, Role.ANYONE);
        routes.get(Paths.MOBILE_POLICY, this::policy, Role.DEVICE);
        routes.put(Paths.MOBILE_MASTER_PASSWORD, this::changeMasterPassword, Role.DEVICE);
        routes.post(Paths.MOBILE_AUDIT, this::uploadAudit, Role.DEVICE);
    }

    private void login(Context http) {
        http.json(logins.login(ctx.bodies().read(http, LoginRequest.class), ClientAddress.of(http)));
    }

    private void policy(Context http) {
        long userId = Caller.of(http).userId();
        http.json(ctx.db().read(sql -> ctx.policies().effective(sql, userId)));
    }

    private void changeMasterPassword(Context http) {
        masterPasswords.change(Caller.of(http), ctx.bodies().read(http, MasterPasswordChange.class));
        http.status(204);
    }

    private void uploadAudit(Context http) {
        http.json(auditUploads.upload(Caller.of(http), ctx.bodies().read(http, AuditUpload.class)));
    }
}
