package com.roamvault.server.settings;

import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserMobileUpdate;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.ServerContext;
import com.roamvault.server.http.ConsoleActor;
import com.roamvault.server.admin.FieldChanges;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.auth.TokenService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.PathIds;
import com.roamvault.server.http.Role;
import com.roamvault.server.http.Routes;
import com.roamvault.server.store.Sql;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Map;

/** A user's Mobile Access Options: the overrides (null = inherit) and the effective policy they yield. */
public final class UserMobileRoutes implements Routes {
    private static final String PATH = Paths.ADMIN_USERS + "/{id}/mobile";

    private final ServerContext ctx;

    public UserMobileRoutes(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::get, Role.SECURITY_ADMIN);
        routes.put(PATH, this::put, Role.SECURITY_ADMIN);
    }

    private void get(Context http) {
        long id = PathIds.number(http, "id", "User");
        http.json(ctx.db().read(sql -> {
            requireUsername(sql, id);
            return current(sql, id);
        }));
    }

    private void put(Context http) {
        long id = PathIds.number(http, "id", "User");
        UserMobileUpdate body = ctx.bodies().read(http, UserMobileUpdate.class);
        Actor actor = ConsoleActor.of(http);
        http.json(ctx.db().tx(sql -> {
            String username = requireUsername(sql, id);
            if (body.overrides() == null) {
                throw ApiException.validation(Map.of("overrides", "is required; send {} to inherit every option"));
            }
            MobileOptions old = ctx.policies().overrides(sql, id);
            boolean hadMobileAccess = ctx.policies().effective(sql, id).mobileAccessEnabled();
            ctx.policies().setOverrides(sql, id, body.overrides());
            UserMobile now = current(sql, id);
            FieldChanges changes = FieldChanges.between(old, now.overrides(), "inherit");
            if (!changes.isEmpty()) {
                ctx.audit().append(sql, actor.event(AuditActions.USER_SETTINGS_CHANGED,
                        "user=" + username + ": " + changes));
            }
            if (hadMobileAccess && !now.effective().mobileAccessEnabled()) {
                // the phones lose their session at once, not when their token expires
                ctx.tokens().revokeUser(sql, id, TokenService.MOBILE);
            }
            return now;
        }));
    }

    private UserMobile current(Sql sql, long id) throws SQLException {
        MobileOptions overrides = ctx.policies().overrides(sql, id);
        MobilePolicy effective = overrides.over(ctx.policies().settings(sql).policy());
        return new UserMobile(overrides, effective);
    }

    private static String requireUsername(Sql sql, long id) throws SQLException {
        return sql.one("SELECT username FROM users WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> ApiException.notFound("User " + id));
    }
}
