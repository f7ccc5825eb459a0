package com.roamvault.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.AdminTestSupport.AuditRow;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.tokens.TokenService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-user Mobile Access Options: overrides beside the effective policy they yield over the global settings. */
class UserMobileApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
        ctx = fixtures.wiring();
    }

    @AfterEach
    void restoreGlobalDefaults() {
        server.admin().put("/api/admin/v1/settings/mobile", MobileSettings.DEFAULTS);
    }

    @Test
    void aUserWithoutOverridesInheritsEverything() {
        long id = user();
        Http.Reply reply = server.admin().get(path(id));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("overrides").size()).isEqualTo(MobileOption.perUserOptions().size());
        assertThat(server.admin().put(path(id), reply.json().get("overrides").toString().transform(
                o -> "{\"overrides\": " + o + "}")).status()).isEqualTo(200);
        assertThat(reply.json().get("overrides").get("offlineCacheDays").isNull()).isTrue();
        UserMobile mobile = reply.as(UserMobile.class);
        assertThat(mobile.overrides()).isEqualTo(MobileOptions.NONE);
        assertThat(mobile.effective()).isEqualTo(MobilePolicy.DEFAULTS);
    }

    @Test
    void anOverrideShowsInTheEffectivePolicyAndIsAudited() {
        long id = user();
        String name = username(id);
        UserMobile mobile = put(id, Map.of("offlineCacheDays", 3, "biometricUnlockAllowed", false));
        assertThat(mobile.overrides().offlineCacheDays()).isEqualTo(3);
        assertThat(mobile.overrides().biometricUnlockAllowed()).isFalse();
        assertThat(mobile.overrides().autoLockMinutes()).isNull();
        assertThat(mobile.effective().offlineCacheDays()).isEqualTo(3);
        assertThat(mobile.effective().biometricUnlockAllowed()).isFalse();
        assertThat(mobile.effective().autoLockMinutes()).isEqualTo(MobilePolicy.DEFAULTS.autoLockMinutes());
        assertThat(server.admin().get(path(id)).as(UserMobile.class)).isEqualTo(mobile);
        MobilePolicy resolved = ctx.db().read(sql -> ctx.policies().effective(sql, id));
        assertThat(resolved).isEqualTo(mobile.effective());

        AuditRow event = AdminTestSupport.lastAudit(server, AuditActions.USER_SETTINGS_CHANGED, name);
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.platform()).isEqualTo("AdminConsole");
        assertThat(event.detail()).contains("offlineCacheDays inherit->3")
                .contains("biometricUnlockAllowed inherit->false").doesNotContain("autoLockMinutes");
    }

    @Test
    void aGlobalChangeReachesUsersWithoutOverrideAndSparesAnOverride() {
        long inheriting = user();
        long overridden = user();
        put(overridden, Map.of("offlineCacheDays", 3));
        assertThat(server.admin().put("/api/admin/v1/settings/mobile",
                Map.of("offlineCacheDays", 30, "autoLockMinutes", 9)).status()).isEqualTo(200);

        MobilePolicy inherited = server.admin().get(path(inheriting)).as(UserMobile.class).effective();
        assertThat(inherited.offlineCacheDays()).isEqualTo(30);
        assertThat(inherited.autoLockMinutes()).isEqualTo(9);
        MobilePolicy kept = server.admin().get(path(overridden)).as(UserMobile.class).effective();
        assertThat(kept.offlineCacheDays()).isEqualTo(3);
        assertThat(kept.autoLockMinutes()).isEqualTo(9);
    }

    @Test
    void clearingAnOverrideInheritsAgain() {
        long id = user();
        put(id, Map.of("offlineCacheDays", 3, "autoLockMinutes", 2));
        server.admin().put("/api/admin/v1/settings/mobile", Map.of("offlineCacheDays", 21));
        Map<String, Object> oneCleared = new HashMap<>();
        oneCleared.put("offlineCacheDays", null);
        oneCleared.put("autoLockMinutes", 2);
        UserMobile partly = put(id, oneCleared);
        assertThat(partly.overrides().offlineCacheDays()).isNull();
        assertThat(partly.effective().offlineCacheDays()).isEqualTo(21);
        assertThat(partly.effective().autoLockMinutes()).isEqualTo(2);
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.USER_SETTINGS_CHANGED, username(id)).detail())
                .contains("offlineCacheDays 3->inherit").doesNotContain("autoLockMinutes");

        UserMobile none = put(id, Map.of());
        assertThat(none.overrides()).isEqualTo(MobileOptions.NONE);
        assertThat(none.effective().autoLockMinutes()).isEqualTo(MobilePolicy.DEFAULTS.autoLockMinutes());
        assertThat(server.admin().get("/api/admin/v1/users?query=" + username(id)).json()
                .at("/users/0/hasOverrides").asBoolean()).isFalse();
    }

    @Test
    void putReplacesTheWholeSetOfOverrides() {
        long id = user();
        put(id, Map.of("offlineCacheDays", 3));
        UserMobile replaced = put(id, Map.of("clipboardClearSeconds", 10));
        assertThat(replaced.overrides().offlineCacheDays()).isNull();
        assertThat(replaced.overrides().clipboardClearSeconds()).isEqualTo(10);
    }

    @Test
    void invalidOverridesAreRefusedPerFieldAndChangeNothing() {
        long id = user();
        put(id, Map.of("offlineCacheDays", 3));
        int events = AdminTestSupport.audit(server, AuditActions.USER_SETTINGS_CHANGED).size();
        assertField(id, Map.of("offlineCacheDays", 3, "offlineLockDays", 5), "offlineLockDays");
        assertField(id, Map.of("offlineCacheDays", 3, "offlineLockDays", 3), "offlineLockDays");
        assertField(id, Map.of("offlineCacheDays", 400), "offlineCacheDays");
        assertField(id, Map.of("masterPasswordMinStrength", 7), "masterPasswordMinStrength");
        assertField(id, Map.of("autoLockMinutes", 0, "clipboardClearSeconds", 0), "clipboardClearSeconds");
        Http.Reply missing = server.admin().putRaw(path(id), "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/fields/overrides").asText()).isNotEmpty();
        assertThat(server.admin().get(path(id)).as(UserMobile.class).overrides().offlineCacheDays()).isEqualTo(3);
        assertThat(AdminTestSupport.audit(server, AuditActions.USER_SETTINGS_CHANGED)).hasSize(events);
    }

    @Test
    void overrideLockDaysAreCheckedAgainstTheGlobalCacheDaysWhenInherited() {
        long id = user();
        assertField(id, Map.of("offlineLockDays", 14), "offlineLockDays");
        assertThat(put(id, Map.of("offlineLockDays", 13)).effective().offlineLockDays()).isEqualTo(13);
    }

    @Test
    void malformedBodiesAreBadRequests() {
        long id = user();
        for (String raw : new String[] {"{\"overrides\": {\"offlineCacheDays\": \"x\"}}",
                "{\"overrides\": {\"noSuchOption\": 1}}", "{\"overrides\": 5}", "{\"overrides\": {}, \"extra\": 1}",
                "{\"overrides\": "}) {
            Http.Reply reply = server.admin().putRaw(path(id), raw);
            assertThat(reply.status()).as(raw).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("bad_request");
        }
    }

    @Test
    void turningOffMobileAccessByOverrideEndsThePhoneSessions() {
        long id = user();
        AdminTestSupport.mobileToken(server, id);
        UserMobile off = put(id, Map.of("mobileAccessEnabled", false));
        assertThat(off.effective().mobileAccessEnabled()).isFalse();
        long left = ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM access_tokens WHERE user_id = ? AND kind = ?",
                id, TokenService.MOBILE));
        assertThat(left).isZero();
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThat(server.admin().get(path(987654)).error()).isEqualTo("not_found");
        assertThat(server.admin().put(path(987654), Map.of("overrides", Map.of())).error()).isEqualTo("not_found");
    }

    private static void assertField(long id, Map<String, Object> overrides, String field) {
        Http.Reply reply = server.admin().put(path(id), Map.of("overrides", overrides));
        assertThat(reply.status()).as(overrides.toString()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("validation_failed");
        assertThat(reply.json().at("/fields/" + field).asText()).as(overrides.toString()).isNotEmpty();
    }

    private static UserMobile put(long id, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("overrides", overrides);
        Http.Reply reply = server.admin().put(path(id), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.as(UserMobile.class);
    }

    private static long user() {
        return fixtures.user(AdminTestSupport.unique("mobile-user"), null);
    }

    private static String username(long id) {
        return server.admin().get("/api/admin/v1/users/" + id).json().get("username").asText();
    }

    private static String path(long id) {
        return "/api/admin/v1/users/" + id + "/mobile";
    }
}
