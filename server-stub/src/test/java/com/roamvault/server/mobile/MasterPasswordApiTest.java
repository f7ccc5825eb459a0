package com.roamvault.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MasterPasswordApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    static final String STRONG = "velvet-canyon-mosaic-harbor-31";
    static final String PATH = "/api/mobile/v1/master-password";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    private static Phone newPhone() {
        String username = Phone.uniqueUser("jsmith");
        fixtures.user(username, PASSWORD);
        return Phone.login(server, username, PASSWORD);
    }

    private static Http.Reply change(Phone phone, String current, String next) {
        return phone.http().put(PATH, Map.of("current", current, "new", next));
    }

    @Test
    void changedPasswordOpensTheNextLoginAndTheOldOneNoLonger() {
        Phone phone = newPhone();

        Http.Reply reply = change(phone, PASSWORD, STRONG);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(Phone.loginReply(server, phone.username(), PASSWORD, phone.deviceId()).error())
                .isEqualTo("invalid_credentials");
        assertThat(Phone.loginReply(server, phone.username(), STRONG, phone.deviceId()).status()).isEqualTo(200);
        assertThat(AuditRows.of(server, AuditActions.MASTER_PASSWORD_CHANGED, phone.username())).singleElement()
                .satisfies(r -> {
                    assertThat(r.deviceId()).isEqualTo(phone.deviceId());
                    assertThat(r.platform()).isEqualTo("AppServer");
                });
        String sealed = fixtures.wiring().db().read(sql -> sql.one("SELECT master_password_hash FROM users "
                + "WHERE username = ?", rs -> rs.getString(1), phone.username())).orElseThrow();
        String stored = fixtures.wiring().db().read(sql -> sql.one("SELECT id FROM users WHERE username = ?",
                rs -> com.roamvault.server.password.PasswordHashes.open(sql, rs.getLong(1), sealed),
                phone.username())).orElseThrow();
        assertThat(sealed).startsWith("rv").doesNotContain("argon2").doesNotContain(STRONG);
        assertThat(stored).startsWith("$argon2id$").doesNotContain(STRONG);
    }

    @Test
    void wrongCurrentPasswordIsInvalidCredentialsAndCountsTowardTheLockout() {
        Phone phone = newPhone();

        for (int i = 0; i < 4; i++) {
            Http.Reply wrong = change(phone, "not-my-password-" + i, STRONG);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.error()).isEqualTo("invalid_credentials");
        }
        assertThat(Phone.loginReply(server, phone.username(), "still-wrong", null).status()).isEqualTo(423);
        Http.Reply locked = Phone.loginReply(server, phone.username(), PASSWORD, null);
        assertThat(locked.error()).isEqualTo("account_locked");
        assertThat(change(phone, PASSWORD, STRONG).error()).isEqualTo("account_locked");
        assertThat(AuditRows.of(server, AuditActions.MASTER_PASSWORD_CHANGED, phone.username())).isEmpty();
    }

    @Test
    void weakNewPasswordIsRefusedWithReasonsAndTheOldOneStillWorks() {
        Phone phone = newPhone();
        String shortName = phone.username().substring(phone.username().indexOf('\\') + 1);

        Http.Reply tooShort = change(phone, PASSWORD, "Tr0ub4dor&3");
        Http.Reply guessable = change(phone, PASSWORD, "password1234");
        Http.Reply ownName = change(phone, PASSWORD, shortName + shortName);

        for (Http.Reply weak : new Http.Reply[] {tooShort, guessable, ownName}) {
            assertThat(weak.status()).isEqualTo(422);
            assertThat(weak.error()).isEqualTo("weak_password");
            assertThat(weak.json().get("reasons").size()).isPositive();
        }
        assertThat(tooShort.json().get("reasons").get(0).asText()).contains("at least 12");
        assertThat(guessable.json().get("reasons").toString()).contains("Strength");
        assertThat(ownName.json().get("reasons").toString()).contains("Strength");
        assertThat(Phone.loginReply(server, phone.username(), PASSWORD, phone.deviceId()).status()).isEqualTo(200);
    }

    @Test
    void theUsersOwnPolicyDecidesTheMinimumLength() {
        Phone phone = newPhone();
        long userId = fixtures.wiring().db().read(sql -> sql.count("SELECT id FROM users WHERE username = ?",
                phone.username()));
        fixtures.wiring().db().txRun(sql -> fixtures.wiring().policies().setOverrides(sql, userId,
                new MobileOptions(null, null, null, null, 40, null, null, null, null, null)));

        Http.Reply reply = change(phone, PASSWORD, STRONG);

        assertThat(reply.error()).isEqualTo("weak_password");
        assertThat(reply.json().get("reasons").get(0).asText()).contains("at least 40");
    }

    @Test
    void malformedOrUnauthenticatedChangesAreRefused() {
        Phone phone = newPhone();
        assertThat(phone.http().putRaw(PATH, "{\"current\": \"x\"").error()).isEqualTo("bad_request");
        assertThat(phone.http().putRaw(PATH, "{\"current\": \"x\", \"new\": \"y\", \"old\": 1}").error())
                .isEqualTo("bad_request");
        assertThat(server.client().put(PATH, Map.of("current", PASSWORD, "new", STRONG)).error())
                .isEqualTo("unauthorized");
        assertThat(Phone.loginReply(server, phone.username(), PASSWORD, phone.deviceId()).status()).isEqualTo(200);
    }
}
