package com.roamvault.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.auth.TokenService;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import com.roamvault.server.time.AdjustableClock;
import com.roamvault.server.vault.Vault;
import java.time.Instant;

/** The shared services every feature's routes are built from. */
public record ServerContext(ServerConfig config, AdjustableClock clock, Database db, ServerKeys keys,
                            ObjectMapper json, Bodies bodies, AuditLog audit, TokenService tokens,
                            PasswordHasher hasher, PasswordPolicy passwordPolicy, PolicyService policies,
                            LoginService logins, Vault vault, Instant startedAt,
                            java.util.concurrent.atomic.AtomicReference<String> publicUrlHolder) {

    public static final String VERSION = "0.1.0";

    /** The https URL phones and consoles reach this server at (known once the port is bound). */
    public String publicUrl() {
        return publicUrlHolder.get();
    }

    /** Where phones connect: this server, or in the DMZ topology the App Server in front of it. */
    public String phoneUrl() {
        return config.dmz() == null ? publicUrl() : config.dmz().appServerUrl().toString();
    }

    /** The key pin phones must see: this server's, or in the DMZ topology the App Server's. */
    public String phonePin() {
        return config.dmz() == null ? keys.pin() : config.dmz().appServerPin().toString();
    }

    /** DESIGN.md "Topologies", as {@code GET /api/admin/v1/server} reports it. */
    public String topology() {
        return config.dmz() == null ? "all-in-one" : "dmz-core";
    }
}
