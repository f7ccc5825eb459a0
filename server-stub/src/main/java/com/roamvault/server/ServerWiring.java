package com.roamvault.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import com.roamvault.server.admin.AdminSessionRoutes;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.audit.AuditRoutes;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.dmz.AppServerContacts;
import com.roamvault.server.dmz.DmzCore;
import com.roamvault.server.edits.RecordEditRoutes;
import com.roamvault.server.devices.DeviceAdminRoutes;
import com.roamvault.server.groups.GroupRoutes;
import com.roamvault.server.http.AccessControl;
import com.roamvault.server.http.Bodies;
import com.roamvault.server.http.Routes;
import com.roamvault.server.identity.ServerIdentity;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.mobile.MobileRoutes;
import com.roamvault.server.pairing.PairingRoutes;
import com.roamvault.server.pairing.QrCodes;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.passwordstate.ApiKeys;
import com.roamvault.server.passwordstate.PasswordstateRoutes;
import com.roamvault.server.passwordstate.PsBodies;
import com.roamvault.server.policy.MobileSettingsRoutes;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.policy.UserMobileRoutes;
import com.roamvault.server.stats.StatsRoutes;
import com.roamvault.server.store.Database;
import com.roamvault.server.sync.SyncRoutes;
import com.roamvault.server.time.AdjustableClock;
import com.roamvault.server.tokens.BearerTokens;
import com.roamvault.server.tokens.TokenService;
import com.roamvault.server.users.AdminBootstrap;
import com.roamvault.server.users.UserRoutes;
import com.roamvault.server.vault.ListRoutes;
import com.roamvault.server.vault.RecordRoutes;
import com.roamvault.server.vault.Vault;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's one composition root: builds every store and service exactly once and hands each
 * routes class only the services it calls. Tests reach the stores through it too.
 */
public record ServerWiring(ServerConfig config, ServerKeys keys, ObjectMapper json, ServerIdentity identity,
                           AtomicReference<String> publicUrl, Stores stores, Services services) {

    public static ServerWiring build(ServerConfig config, ServerKeys keys, Database db) {
        AdjustableClock clock = config.clock();
        AtomicReference<String> publicUrl = new AtomicReference<>();
        DmzCore dmz = config.dmz();
        ServerIdentity identity = dmz == null
                ? new ServerIdentity(clock, keys, "all-in-one", publicUrl::get, keys.pin(),
                        AppServerContacts.none(clock), QrCodes::png)
                : new ServerIdentity(clock, keys, "dmz-core", () -> dmz.appServerUrl().toString(),
                        dmz.phonePin().toString(), new AppServerContacts(dmz.appServerPins(), clock), QrCodes::png);
        Stores stores = Stores.create(db, clock, config.hashing());
        return new ServerWiring(config, keys, Json.mapper(), identity, publicUrl, stores,
                Services.create(stores, clock, keys, identity));
    }

    /** Every feature's routes, each built from what it calls. */
    public List<Routes> routes() {
        Bodies bodies = new Bodies(json);
        Services s = services;
        return List.of(new AdminSessionRoutes(bodies, s.adminSessions(), identity),
                new MobileRoutes(bodies, s.mobileLogins(), s.userMobile(), s.masterPasswords(), s.auditUploads()),
                new SyncRoutes(s.sync()), new RecordEditRoutes(bodies, s.recordEdits()),
                new DeviceAdminRoutes(s.devices()),
                new MobileSettingsRoutes(bodies, s.mobileSettings()),
                new UserRoutes(bodies, s.users(), s.credentials()), new UserMobileRoutes(bodies, s.userMobile()),
                new PairingRoutes(s.pairing()), new GroupRoutes(bodies, s.groups()),
                new ListRoutes(bodies, s.lists()), new RecordRoutes(bodies, s.records()),
                new AuditRoutes(s.audit(), clock()), new StatsRoutes(s.stats()),
                new PasswordstateRoutes(new ApiKeys(db(), vault(), keys.systemApiKey()), s.passwordstate(),
                        new PsBodies(json)));
    }

    /** The role check in front of every route. */
    public AccessControl accessControl() {
        return new AccessControl(new BearerTokens(db(), tokens()));
    }

    /** First start: the administrator account (returns a generated password), and demo data if asked. */
    public Optional<String> bootstrap() {
        Optional<String> generated = AdminBootstrap.ensureAdmin(db(), clock(), policies(), passwordPolicy(),
                hasher(), config.adminPassword());
        if (config.demo()) {
            new DemoSeeder(db(), clock(), hasher(), policies()).seedOnce();
        }
        return generated;
    }

    public AdjustableClock clock() {
        return config.clock();
    }

    public Database db() {
        return stores.db();
    }

    public AuditLog audit() {
        return stores.audit();
    }

    public TokenService tokens() {
        return stores.tokens();
    }

    public PolicyService policies() {
        return stores.policies();
    }

    public Vault vault() {
        return stores.vault();
    }

    public PasswordHasher hasher() {
        return stores.hasher();
    }

    public PasswordPolicy passwordPolicy() {
        return stores.passwordPolicy();
    }
}
