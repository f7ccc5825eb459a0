package com.roamvault.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Admins behind the address phones guess from: the console and the phone API count failures per
 * address apart, and trusted networks skip the address limit but never the account lockout.
 * Its own server: every request here comes from the test's one address.
 */
class AddressLimitScopesApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    static final String ADMIN_LOGIN = "/api/admin/v1/login";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void threeFailuresPerHourAndNoTrust() {
        server.server().wiring().db().txRun(sql -> {
            server.server().wiring().policies().updateSettings(sql, MobileSettingsPatch.of(Map.of(
                    MobileOption.ADDRESS_MAX_FAILURES_PER_HOUR, 3, MobileOption.TRUSTED_NETWORKS, List.of())));
            sql.update("DELETE FROM login_address_failures");
        });
    }

    @Test
    void theConsoleStillOpensFromAnAddressThatMobileGuessingExhausted() {
        for (int i = 0; i < 3; i++) {
            assertThat(Phone.loginReply(server, Phone.uniqueUser("ghost"), "guess-" + i, null).error())
                    .isEqualTo("invalid_credentials");
        }
        assertThat(Phone.loginReply(server, Phone.uniqueUser("ghost"), "guess", null).error()).isEqualTo("rate_limited");

        Http.Reply admin = server.client().post(ADMIN_LOGIN, Map.of("username", "admin",
                "password", TestServer.ADMIN_PASSWORD));
        assertThat(admin.status()).isEqualTo(200);
    }

    @Test
    void phonesStillLogInFromAnAddressThatConsoleGuessingExhausted() {
        String user = Phone.uniqueUser("jsmith");
        new Fixtures(server).user(user, PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(server.client().post(ADMIN_LOGIN, Map.of("username", Phone.uniqueUser("ghost"),
                    "password", "guess-" + i)).error()).isEqualTo("invalid_credentials");
        }
        assertThat(server.client().post(ADMIN_LOGIN, Map.of("username", "admin",
                "password", TestServer.ADMIN_PASSWORD)).error()).isEqualTo("rate_limited");

        assertThat(Phone.loginReply(server, user, PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void aTrustedNetworkSkipsTheAddressLimitButNotTheAccountLockout() {
        trust(List.of("192.0.2.0/24", "127.0.0.0/8", "::1/128"));
        for (int i = 0; i < 6; i++) {
            assertThat(Phone.loginReply(server, Phone.uniqueUser("ghost"), "guess-" + i, null).error())
                    .isEqualTo("invalid_credentials");
        }
        String user = Phone.uniqueUser("jsmith");
        new Fixtures(server).user(user, PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(Phone.loginReply(server, user, "wrong-" + i, null).error()).isEqualTo("invalid_credentials");
        }
        assertThat(Phone.loginReply(server, user, "wrong-4", null).error()).isEqualTo("account_locked");
        assertThat(Phone.loginReply(server, user, PASSWORD, null).error()).isEqualTo("account_locked");

        trust(List.of("192.0.2.0/24"));
        assertThat(Phone.loginReply(server, Phone.uniqueUser("ghost"), "guess", null).error())
                .as("failures from a trusted address were not counted").isEqualTo("invalid_credentials");
    }

    private static void trust(List<String> networks) {
        server.server().wiring().db().txRun(sql -> server.server().wiring().policies().updateSettings(sql,
                MobileSettingsPatch.of(Map.of(MobileOption.TRUSTED_NETWORKS, networks))));
    }
}
