package com.roamvault.server.mobile;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.MasterPasswordChange;
import com.roamvault.server.audit.AuditUploadService;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Caller;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import com.roamvault.server.policy.UserMobileService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The phone-facing App Server calls except sync: login, policy, master password change, audit upload. */
public final class MobileRoutes implements Routes {
    private final Bodies bodies;
    private final MobileLoginService logins;
    private final UserMobileService policies;
    private final MasterPasswordService masterPasswords;
    private final AuditUploadService auditUploads;

    public MobileRoutes(Bodies bodies, MobileLoginService logins, UserMobileService policies,
                        MasterPasswordService masterPasswords, AuditUploadService auditUploads) {
        this.bodies = bodies;
        this.logins = logins;
        this.policies = policies;
        this.masterPasswords = masterPasswords;
        this.auditUploads = auditUploads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(Paths.MOBILE_LOGIN, this::login, Role.ANYONE);
        routes.get(Paths.MOBILE_POLICY, this::policy, Role.DEVICE);
        routes.put(Paths.MOBILE_MASTER_PASSWORD, this::changeMasterPassword, Role.DEVICE);
        routes.post(Paths.MOBILE_AUDIT, this::uploadAudit, Role.DEVICE);
    }

    private void login(Context http) {
        http.json(logins.login(bodies.read(http, LoginRequest.class), ClientAddress.of(http)));
    }

    private void policy(Context http) {
        http.json(policies.effective(Caller.of(http).userId()));
    }

    private void changeMasterPassword(Context http) {
        masterPasswords.change(Caller.of(http), bodies.read(http, MasterPasswordChange.class));
        http.status(204);
    }

    private void uploadAudit(Context http) {
        http.json(auditUploads.upload(Caller.of(http), bodies.read(http, AuditUpload.class)));
    }
}
