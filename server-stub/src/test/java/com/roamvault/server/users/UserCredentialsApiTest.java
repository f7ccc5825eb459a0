package com.roamvault.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.AdminTestSupport.AuditRow;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Unlocking an account and resetting a master password, as the user then experiences it at login. */
class UserCredentialsApiTest {
    static final String FIRST = "violet-harbor-engine-91-Quartz";
    static final String SECOND = "copper-lantern-meadow-58-Tiger";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void unlockLiftsABruteForceLockoutAndIsAudited() {
        String name = AdminTestSupport.unique("locked");
        long id = create(name, FIRST);
        for (int i = 0; i < 5; i++) {
            assertThat(login(name, "wrong-password-" + i).status()).isIn(401, 423);
        }
        Http.Reply locked = login(name, FIRST);
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.error()).isEqualTo("account_locked");
        assertThat(server.admin().get("/api/admin/v1/users/" + id).as(UserDetail.class).lockedUntil()).isNotNull();
        assertThat(server.admin().get("/api/admin/v1/users?query=" + name).json().at("/users/0/locked").asBoolean())
                .isTrue();

        Http.Reply unlock = server.admin().post("/api/admin/v1/users/" + id + "/unlock", Map.of());
        assertThat(unlock.status()).isEqualTo(204);
        assertThat(server.admin().get("/api/admin/v1/users/" + id).as(UserDetail.class).lockedUntil()).isNull();
        assertThat(login(name, FIRST).status()).isEqualTo(200);
        AuditRow event = AdminTestSupport.lastAudit(server, AuditActions.ACCOUNT_UNLOCKED, name);
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.platform()).isEqualTo("AdminConsole");
    }

    @Test
    void unlockAlsoClearsTheFailureCount() {
        String name = AdminTestSupport.unique("counted");
        long id = create(name, FIRST);
        for (int i = 0; i < 4; i++) {
            login(name, "wrong-" + i);
        }
        server.admin().post("/api/admin/v1/users/" + id + "/unlock", Map.of());
        for (int i = 0; i < 4; i++) {
            login(name, "wrong-again-" + i);
        }
        assertThat(login(name, FIRST).status()).isEqualTo(200);
    }

    @Test
    void resetReplacesTheMasterPasswordLiftsTheLockoutAndIsAudited() {
        String name = AdminTestSupport.unique("reset");
        long id = create(name, FIRST);
        for (int i = 0; i < 5; i++) {
            login(name, "wrong-" + i);
        }
        Http.Reply reset = server.admin().put("/api/admin/v1/users/" + id + "/master-password",
                Map.of("password", SECOND));
        assertThat(reset.status()).isEqualTo(204);
        assertThat(login(name, FIRST).status()).isEqualTo(401);
        assertThat(login(name, SECOND).status()).isEqualTo(200);
        AuditRow event = AdminTestSupport.lastAudit(server, AuditActions.MASTER_PASSWORD_CHANGED, name);
        assertThat(event.detail()).contains("by=admin").doesNotContain(SECOND);
        assertThat(event.username()).isEqualTo("admin");
    }

    @Test
    void resetIsCheckedAgainstTheUsersEffectivePolicy() {
        String strict = AdminTestSupport.unique("strict");
        long strictId = create(strict, FIRST);
        String relaxed = AdminTestSupport.unique("relaxed");
        long relaxedId = create(relaxed, FIRST);
        assertThat(server.admin().put("/api/admin/v1/users/" + strictId + "/mobile",
                Map.of("overrides", Map.of("masterPasswordMinLength", 40))).status()).isEqualTo(200);

        Http.Reply refused = server.admin().put("/api/admin/v1/users/" + strictId + "/master-password",
                Map.of("password", SECOND));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.error()).isEqualTo("weak_password");
        assertThat(refused.json().get("reasons").toString()).contains("at least 40 characters");
        assertThat(login(strict, FIRST).status()).isEqualTo(200);

        assertThat(server.admin().put("/api/admin/v1/users/" + relaxedId + "/master-password",
                Map.of("password", SECOND)).status()).isEqualTo(204);
    }

    @Test
    void weakEmptyOrMissingPasswordsAreRefusedWithReasons() {
        String name = AdminTestSupport.unique("weak");
        long id = create(name, FIRST);
        for (String body : new String[] {"{\"password\": \"qwerty123\"}", "{\"password\": \"\"}", "{}"}) {
            Http.Reply reply = server.admin().putRaw("/api/admin/v1/users/" + id + "/master-password", body);
            assertThat(reply.status()).as(body).isEqualTo(422);
            assertThat(reply.error()).isEqualTo("weak_password");
            assertThat(reply.json().get("reasons")).isNotEmpty();
        }
        assertThat(server.admin().putRaw("/api/admin/v1/users/" + id + "/master-password",
                "{\"password\": [\"x\"]}").status()).isEqualTo(400);
        assertThat(server.admin().putRaw("/api/admin/v1/users/" + id + "/master-password",
                "{\"pass\": \"x\"}").error()).isEqualTo("bad_request");
        assertThat(login(name, FIRST).status()).isEqualTo(200);
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThat(server.admin().post("/api/admin/v1/users/424242/unlock", Map.of()).error()).isEqualTo("not_found");
        assertThat(server.admin().put("/api/admin/v1/users/424242/master-password", Map.of("password", SECOND))
                .error()).isEqualTo("not_found");
    }

    /** A security admin, so that a successful admin login answers 200 (a plain user gets 403 after the check). */
    private static long create(String name, String password) {
        Http.Reply reply = server.admin().post("/api/admin/v1/users", Map.of("username", name, "displayName", name,
                "masterPassword", password, "securityAdmin", true));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static Http.Reply login(String name, String password) {
        return server.client().post("/api/admin/v1/login", Map.of("username", name, "password", password));
    }
}
