package com.roamvault.server;

import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.devices.DeviceService;
import com.roamvault.server.mobile.MobileAccess;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import com.roamvault.server.tokens.TokenService;
import com.roamvault.server.vault.Vault;
import java.time.Clock;

/**
 * The building blocks the services share, each made once: the database, the stores that work inside
 * a caller's transaction (audit log, tokens, policies, vault, devices), and password checking.
 */
public record Stores(Database db, AuditLog audit, TokenService tokens, PolicyService policies, Vault vault,
                     DeviceService devices, MobileAccess mobileAccess, PasswordHasher hasher,
                     PasswordPolicy passwordPolicy, LoginService logins) {

    static Stores create(Database db, Clock clock, PasswordHasher.Params hashing) {
        AuditLog audit = new AuditLog(clock);
        PolicyService policies = new PolicyService();
        PasswordHasher hasher = new PasswordHasher(hashing);
        return new Stores(db, audit, new TokenService(clock), policies, new Vault(clock, audit),
                new DeviceService(clock, audit), new MobileAccess(policies), hasher, new PasswordPolicy(),
                new LoginService(db, clock, hasher, policies, audit));
    }
}
