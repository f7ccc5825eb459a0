package com.roamvault.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Its own server: the per-address limit counts every failure from the test's one address. */
class MobileRateLimitApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    @Test
    void failuresFromOneAddressAreRateLimitedForTheRestOfTheHourWithoutLockingAnyone() {
        fixtures.wiring().db().txRun(sql -> fixtures.wiring().policies().updateSettings(sql,
                new MobileSettingsPatch(null, null, null, null, null, null, null, null, null, null, null, null, 3, null)));
        String victim = Phone.uniqueUser("victim");
        fixtures.user(victim, PASSWORD);

        for (int i = 0; i < 3; i++) {
            assertThat(Phone.loginReply(server, Phone.uniqueUser("guess"), "guess-" + i, null).error())
                    .isEqualTo("invalid_credentials");
        }
        Http.Reply limited = Phone.loginReply(server, victim, PASSWORD, null);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(limited.headers().get("Retry-After"))).isBetween(1L, 3600L);

        server.clock().advance(Duration.ofHours(1));
        assertThat(Phone.loginReply(server, victim, PASSWORD, null).status()).isEqualTo(200);
    }
}
