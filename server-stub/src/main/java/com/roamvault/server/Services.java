package com.roamvault.server;

import com.roamvault.protocol.Json;
import com.roamvault.server.admin.AdminSessions;
import com.roamvault.server.audit.AuditService;
import com.roamvault.server.audit.AuditUploadService;
import com.roamvault.server.devices.DeviceAdmin;
import com.roamvault.server.edits.RecordEditService;
import com.roamvault.server.groups.GroupAdmin;
import com.roamvault.server.groups.GroupService;
import com.roamvault.server.identity.ServerIdentity;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.mobile.MasterPasswordService;
import com.roamvault.server.mobile.MobileLoginService;
import com.roamvault.server.pairing.PairingService;
import com.roamvault.server.passwordstate.PasswordstateService;
import com.roamvault.server.policy.MobileSettingsService;
import com.roamvault.server.policy.UserMobileService;
import com.roamvault.server.stats.DashboardStats;
import com.roamvault.server.sync.SyncService;
import com.roamvault.server.users.UserCredentials;
import com.roamvault.server.users.UserService;
import com.roamvault.server.vault.ListAdmin;
import com.roamvault.server.vault.RecordAdmin;
import java.time.Clock;

/** The services the routes call, each made once from the {@link Stores}: one method per request. */
public record Services(AdminSessions adminSessions, MobileLoginService mobileLogins,
                       MasterPasswordService masterPasswords, AuditUploadService auditUploads, SyncService sync,
                       MobileSettingsService mobileSettings, UserMobileService userMobile, UserService users,
                       UserCredentials credentials, PairingService pairing, DeviceAdmin devices, GroupAdmin groups,
                       ListAdmin lists, RecordAdmin records, AuditService audit, DashboardStats stats,
                       PasswordstateService passwordstate, RecordEditService recordEdits) {

    static Services create(Stores s, Clock clock, ServerKeys keys, ServerIdentity identity) {
        UserCredentials credentials = new UserCredentials(s.db(), clock, s.policies(), s.passwordPolicy(), s.hasher(),
                s.audit());
        UserService users = new UserService(s.db(), clock, s.policies(), s.tokens(), s.audit(), credentials);
        return new Services(
                new AdminSessions(s.db(), s.logins(), s.tokens(), s.audit()),
                new MobileLoginService(s.db(), clock, keys, s.logins(), s.tokens(), s.audit(), s.devices(),
                        s.mobileAccess()),
                new MasterPasswordService(s.db(), s.logins(), s.policies(), s.passwordPolicy(), s.hasher(), s.audit()),
                new AuditUploadService(s.db(), s.audit()),
                new SyncService(s.db(), clock, keys, s.vault(), s.audit(), s.devices(), s.mobileAccess()),
                new MobileSettingsService(s.db(), s.policies(), s.audit()),
                new UserMobileService(s.db(), s.policies(), s.tokens(), s.audit()),
                users, credentials, new PairingService(users, identity), new DeviceAdmin(s.db(), s.devices()),
                new GroupAdmin(s.db(), new GroupService(s.audit())), new ListAdmin(s.db(), s.vault()),
                new RecordAdmin(s.db(), s.vault()), new AuditService(s.db()), new DashboardStats(s.db(), clock),
                new PasswordstateService(s.db(), s.vault(), s.audit()),
                new RecordEditService(s.db(), clock, s.vault(), s.audit(), s.mobileAccess(), Json.mapper()));
    }
}
