package com.roamvault.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.AdminTestSupport.AuditRow;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.tokens.TokenService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersApiTest {
    static final String STRONG = "violet-harbor-engine-91-Quartz";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
        ctx = fixtures.wiring();
    }

    @Test
    void createdUserIsReturnedAuditedAndCanLogIn() {
        String name = "CORP\\" + AdminTestSupport.unique("jsmith");
        Http.Reply created = server.admin().post("/api/admin/v1/users", Map.of("username", name,
                "displayName", "Jane Smith", "masterPassword", STRONG, "securityAdmin", true));
        assertThat(created.status()).isEqualTo(201);
        UserDetail user = created.as(UserDetail.class);
        assertThat(user.username()).isEqualTo(name);
        assertThat(user.displayName()).isEqualTo("Jane Smith");
        assertThat(user.enabled()).isTrue();
        assertThat(user.mobileAccess()).isTrue();
        assertThat(user.securityAdmin()).isTrue();
        assertThat(user.hasMasterPassword()).isTrue();
        assertThat(user.lockedUntil()).isNull();
        assertThat(created.body()).doesNotContain("argon2").doesNotContain(STRONG).doesNotContainIgnoringCase("hash");

        Http.Reply fetched = server.admin().get("/api/admin/v1/users/" + user.id());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.as(UserDetail.class)).isEqualTo(user);

        AuditRow event = AdminTestSupport.lastAudit(server, AuditActions.USER_CREATED, name);
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.platform()).isEqualTo("AdminConsole");
        assertThat(event.detail()).doesNotContain(STRONG).contains("masterPassword=set");

        server.client().loginAdmin(name.toUpperCase(), STRONG);
    }

    @Test
    void optionalFieldsDefaultAndAUserWithoutPasswordHasNone() {
        Http.Reply created = server.admin().post("/api/admin/v1/users",
                Map.of("username", AdminTestSupport.unique("nopw"), "displayName", "No Password"));
        assertThat(created.status()).isEqualTo(201);
        UserDetail user = created.as(UserDetail.class);
        assertThat(user.securityAdmin()).isFalse();
        assertThat(user.mobileAccess()).isTrue();
        assertThat(user.enabled()).isTrue();
        assertThat(user.hasMasterPassword()).isFalse();
    }

    @Test
    void invalidUsernamesAndDisplayNamesAreRefusedPerField() {
        long before = total();
        assertField(Map.of("displayName", "X"), "username");
        assertField(Map.of("username", "  ", "displayName", "X"), "username");
        assertField(Map.of("username", "u".repeat(201), "displayName", "X"), "username");
        assertField(Map.of("username", "bad\u0007name", "displayName", "X"), "username");
        assertField(Map.of("username", "bad\nname", "displayName", "X"), "username");
        assertField(Map.of("username", AdminTestSupport.unique("ok")), "displayName");
        assertField(Map.of("username", AdminTestSupport.unique("ok"), "displayName", "d".repeat(201)), "displayName");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void duplicateUsernameRegardlessOfCaseIsRefused() {
        String name = AdminTestSupport.unique("Dup.User");
        assertThat(create(name).status()).isEqualTo(201);
        Http.Reply again = create(name.toLowerCase());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.error()).isEqualTo("validation_failed");
        assertThat(again.json().at("/fields/username").asText()).isEqualTo("already exists");
        assertThat(create(" " + name.toUpperCase() + " ").json().at("/fields/username").asText())
                .isEqualTo("already exists");
    }

    @Test
    void weakMasterPasswordIsRefusedWithReasonsAndNothingIsCreated() {
        long before = total();
        String name = AdminTestSupport.unique("weakling");
        Http.Reply reply = server.admin().post("/api/admin/v1/users",
                Map.of("username", name, "displayName", "Weak", "masterPassword", "password1"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("weak_password");
        assertThat(reply.json().get("reasons")).isNotEmpty();
        assertThat(reply.json().get("reasons").toString()).contains("at least 12 characters");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void malformedBodiesAreBadRequests() {
        assertThat(server.admin().post("/api/admin/v1/users", Map.of("username", "x", "displayName", "x",
                "role", "root")).error()).isEqualTo("bad_request");
        assertThat(server.admin().post("/api/admin/v1/users", Map.of("username", "x", "displayName", "x",
                "securityAdmin", "yes")).error()).isEqualTo("bad_request");
        assertThat(server.admin().postRaw("/api/admin/v1/users", "{\"username\": ").error()).isEqualTo("bad_request");
        assertThat(server.admin().postRaw("/api/admin/v1/users", "[]").error()).isEqualTo("bad_request");
        assertThat(server.admin().postRaw("/api/admin/v1/users", "").status()).isEqualTo(400);
        long id = createdId(AdminTestSupport.unique("body"));
        assertThat(server.admin().putRaw("/api/admin/v1/users/" + id, "{\"enabled\": 1.5}").status()).isEqualTo(400);
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndAuditsOldAndNew() {
        String name = AdminTestSupport.unique("changer");
        long id = createdId(name);
        Http.Reply reply = server.admin().put("/api/admin/v1/users/" + id, Map.of("displayName", "New Name"));
        assertThat(reply.status()).isEqualTo(200);
        UserDetail user = reply.as(UserDetail.class);
        assertThat(user.displayName()).isEqualTo("New Name");
        assertThat(user.username()).isEqualTo(name);
        assertThat(user.mobileAccess()).isTrue();
        assertThat(user.enabled()).isTrue();
        AuditRow event = AdminTestSupport.lastAudit(server, AuditActions.USER_UPDATED, name);
        assertThat(event.detail()).contains("displayName " + name + "->New Name").doesNotContain("enabled");
        assertThat(event.username()).isEqualTo("admin");

        String renamed = AdminTestSupport.unique("renamed");
        assertThat(server.admin().put("/api/admin/v1/users/" + id, Map.of("username", renamed))
                .as(UserDetail.class).username()).isEqualTo(renamed);
        long other = createdId(AdminTestSupport.unique("other"));
        Http.Reply clash = server.admin().put("/api/admin/v1/users/" + other, Map.of("username", renamed.toUpperCase()));
        assertThat(clash.json().at("/fields/username").asText()).isEqualTo("already exists");
        assertThat(server.admin().put("/api/admin/v1/users/" + id, Map.of("username", "")).json()
                .at("/fields/username").asText()).isNotEmpty();
    }

    @Test
    void disablingAUserEndsAllTheirSessions() {
        String name = AdminTestSupport.unique("disabled-admin");
        long id = createdId(name, Map.of("securityAdmin", true, "masterPassword", STRONG));
        Http session = server.client().loginAdmin(name, STRONG);
        String phone = AdminTestSupport.mobileToken(server, id);
        assertThat(session.get("/api/admin/v1/users").status()).isEqualTo(200);

        Http.Reply reply = server.admin().put("/api/admin/v1/users/" + id, Map.of("enabled", false));
        assertThat(reply.as(UserDetail.class).enabled()).isFalse();
        assertThat(session.get("/api/admin/v1/users").status()).isEqualTo(401);
        assertThat(tokens(id, TokenService.MOBILE)).isZero();
        java.util.Optional<com.roamvault.server.http.TokenHolder> holder = ctx.db().read(sql -> ctx.tokens().resolve(sql, phone));
        assertThat(holder).isEmpty();
        Http.Reply login = server.client().post("/api/admin/v1/login", Map.of("username", name, "password", STRONG));
        assertThat(login.status()).isEqualTo(401);
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.USER_UPDATED, name).detail())
                .contains("enabled true->false");
    }

    @Test
    void turningOffMobileAccessEndsThePhoneSessionsButNotTheConsoleSession() {
        String name = AdminTestSupport.unique("phone-off");
        long id = createdId(name, Map.of("securityAdmin", true, "masterPassword", STRONG));
        Http session = server.client().loginAdmin(name, STRONG);
        AdminTestSupport.mobileToken(server, id);
        assertThat(tokens(id, TokenService.MOBILE)).isEqualTo(1);

        UserDetail user = server.admin().put("/api/admin/v1/users/" + id, Map.of("mobileAccess", false))
                .as(UserDetail.class);
        assertThat(user.mobileAccess()).isFalse();
        assertThat(tokens(id, TokenService.MOBILE)).isZero();
        assertThat(session.get("/api/admin/v1/users").status()).isEqualTo(200);
        assertThat(server.admin().get("/api/admin/v1/users?query=" + name).json().at("/users/0/mobileAccess")
                .asBoolean()).isFalse();
    }

    @Test
    void masterPasswordInAnUpdateIsPolicyCheckedAndNeverShown() {
        String name = AdminTestSupport.unique("pw-update");
        long id = createdId(name, Map.of("securityAdmin", true));
        Http.Reply weak = server.admin().put("/api/admin/v1/users/" + id, Map.of("masterPassword", "abc"));
        assertThat(weak.error()).isEqualTo("weak_password");
        assertThat(server.admin().get("/api/admin/v1/users/" + id).as(UserDetail.class).hasMasterPassword()).isFalse();

        Http.Reply ok = server.admin().put("/api/admin/v1/users/" + id, Map.of("masterPassword", STRONG));
        assertThat(ok.as(UserDetail.class).hasMasterPassword()).isTrue();
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.USER_UPDATED, name).detail())
                .contains("masterPassword changed").doesNotContain(STRONG);
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.MASTER_PASSWORD_CHANGED, name).detail())
                .contains("by=admin");
        server.client().loginAdmin(name, STRONG);
    }

    @Test
    void anAdminCannotDisableDemoteOrDeleteThemselves() {
        long self = AdminTestSupport.adminUserId(server);
        assertThat(server.admin().put("/api/admin/v1/users/" + self, Map.of("enabled", false))
                .json().at("/fields/enabled").asText()).isNotEmpty();
        assertThat(server.admin().put("/api/admin/v1/users/" + self, Map.of("securityAdmin", false))
                .json().at("/fields/securityAdmin").asText()).isNotEmpty();
        assertThat(server.admin().delete("/api/admin/v1/users/" + self).status()).isEqualTo(422);
        assertThat(server.admin().get("/api/admin/v1/users/" + self).as(UserDetail.class).securityAdmin()).isTrue();
    }

    @Test
    void deletingAUserRemovesEverythingThatWasTheirs() {
        String name = AdminTestSupport.unique("leaver");
        long id = createdId(name, Map.of("masterPassword", STRONG));
        String deviceId = UUID.randomUUID().toString();
        long listId = fixtures.list(AdminTestSupport.unique("leaver-list"));
        fixtures.grantUser(listId, id, true);
        long groupId = fixtures.group(AdminTestSupport.unique("leaver-group"), id);
        ctx.db().txRun(sql -> {
            sql.update("INSERT INTO devices (id, user_id, device_name, platform, registered_at) VALUES (?, ?, ?, ?, ?)",
                    deviceId, id, "Pixel 8 (sim)", "android", ctx.clock().millis());
            ctx.tokens().issue(sql, TokenService.MOBILE, id, deviceId, Duration.ofHours(1));
        });
        assertThat(server.admin().put("/api/admin/v1/users/" + id + "/mobile",
                Map.of("overrides", Map.of("offlineCacheDays", 3))).status()).isEqualTo(200);

        assertThat(server.admin().delete("/api/admin/v1/users/" + id).status()).isEqualTo(204);
        assertThat(server.admin().get("/api/admin/v1/users/" + id).error()).isEqualTo("not_found");
        assertThat(server.admin().delete("/api/admin/v1/users/" + id).status()).isEqualTo(404);
        for (String table : new String[] {"devices", "access_tokens", "user_mobile_options", "group_members",
                "permissions"}) {
            long left = ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM " + table + " WHERE user_id = ?", id));
            assertThat(left).as(table).isZero();
        }
        assertThat(server.admin().get("/api/admin/v1/groups/" + groupId).json().get("members")).isEmpty();
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId + "/permissions").json().get("permissions"))
                .isEmpty();
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.USER_DELETED, name).username()).isEqualTo("admin");
        assertThat(createdId(name)).isNotEqualTo(id);
    }

    private static void assertField(Map<String, Object> body, String field) {
        Http.Reply reply = server.admin().post("/api/admin/v1/users", body);
        assertThat(reply.status()).as(body.toString()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("validation_failed");
        assertThat(reply.json().at("/fields/" + field).asText()).as(body.toString()).isNotEmpty();
    }

    private static Http.Reply create(String username) {
        return server.admin().post("/api/admin/v1/users", Map.of("username", username, "displayName", username));
    }

    static long createdId(String username) {
        return createdId(username, Map.of());
    }

    static long createdId(String username, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", username));
        body.putAll(extra);
        Http.Reply reply = server.admin().post("/api/admin/v1/users", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static long total() {
        return server.admin().get("/api/admin/v1/users").json().get("total").asLong();
    }

    private static long tokens(long userId, String kind) {
        return ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM access_tokens WHERE user_id = ? AND kind = ?",
                userId, kind));
    }
}
