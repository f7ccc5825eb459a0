package com.roamvault.server.admin;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.protocol.admin.AdminToken;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Database;
import com.roamvault.server.tokens.TokenService;
import java.time.Duration;

/** A security administrator's console login: the password check, then an audited admin token. */
public final class AdminSessions {
    private static final Duration ADMIN_TOKEN_TTL = Duration.ofHours(8);

    private final Database db;
    private final LoginService logins;
    private final TokenService tokens;
    private final AuditLog audit;

    public AdminSessions(Database db, LoginService logins, TokenService tokens, AuditLog audit) {
        this.db = db;
        this.logins = logins;
        this.tokens = tokens;
        this.audit = audit;
    }

    public AdminToken login(AdminLogin body, String clientIp) {
        LoginService.Account account = logins.authenticate(body.username(), body.password(), clientIp,
                AuditEntry.ADMIN_CONSOLE, null);
        if (!account.securityAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This account is not a security administrator");
        }
        TokenService.Issued issued = db.tx(sql -> {
            audit.append(sql, AuditEntry.server(AuditEntry.ADMIN_CONSOLE, AuditActions.LOGIN_SUCCEEDED,
                    "success", account.username(), null, clientIp, "console"));
            return tokens.issue(sql, TokenService.ADMIN, account.id(), null, ADMIN_TOKEN_TTL);
        });
        return new AdminToken(issued.token(), issued.expiresAt());
    }
}
