package com.roamvault.server.passwordstate;

import static com.roamvault.server.passwordstate.PasswordstateApiTest.array;
import static com.roamvault.server.passwordstate.PasswordstateApiTest.psError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.password.PasswordGenerator;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.VaultRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code onetimepassword} and {@code generatepassword} in Passwordstate's shapes (API.md). */
class PasswordstateExtrasApiTest {
    /** RFC 6238 Appendix B at T = 2000000000 s: the seed of each hash, base32, and the 8-digit code. */
    @ParameterizedTest
    @CsvSource({"SHA1, GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ, 69279037",
            "SHA256, GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA, 90698825",
            "SHA512, GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA, 38618901"})
    void theOneTimePasswordIsTheRfcCodeAtTheServersClock(String algorithm, String secret, String code) {
        try (TestServer server = TestServer.start()) {
            Fixtures fixtures = new Fixtures(server);
            long list = fixtures.list("OTP");
            VaultRecord withOtp = fixtures.record(list, "vpn", "pw");
            VaultRecord without = fixtures.record(list, "plain", "pw");
            Http.Reply set = server.admin().put("/api/admin/v1/records/" + withOtp.id(), java.util.Map.of("otpUri",
                    "otpauth://totp/Corp:vpn?secret=" + secret + "&digits=8&period=30&algorithm=" + algorithm));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            // 15 s into the 30 s step that holds T = 2000000000, so the step cannot change during the call
            server.clock().advance(Duration.between(server.clock().instant(), Instant.ofEpochSecond(1999999995)));
            String key = fixtures.wiring().keys().systemApiKey();

            List<JsonNode> answer = array(get(server, "/api/onetimepassword/" + withOtp.id(), key), 200);
            assertThat(answer).singleElement().satisfies(o -> assertThat(o.get("OTP").asText()).isEqualTo(code));
            AdminTestSupport.AuditRow viewed = AdminTestSupport.audit(server, AuditActions.OTP_VIEWED).get(0);
            assertThat(viewed.platform()).isEqualTo("API");
            assertThat(viewed.recordId()).isEqualTo(withOtp.id());

            psError(get(server, "/api/onetimepassword/" + without.id(), key), 404);
            psError(get(server, "/api/onetimepassword/999999", key), 404);
            assertThat(get(server, "/api/onetimepassword/" + withOtp.id(), null).status()).isIn(401, 403);
            assertThat(AdminTestSupport.audit(server, AuditActions.OTP_VIEWED)).hasSize(1);
        }
    }

    @Test
    void generatedPasswordsHaveTheLengthEveryClassAndAreDistinct() {
        try (TestServer server = TestServer.start()) {
            String key = server.server().wiring().keys().systemApiKey();
            List<JsonNode> one = array(get(server, "/api/generatepassword", key), 200);
            assertThat(one).singleElement().satisfies(p -> assertThat(p.get("Password").asText())
                    .hasSize(PasswordGenerator.DEFAULT_LENGTH));

            List<JsonNode> many = array(get(server, "/api/generatepassword?Qty=50&PasswordLength=128"
                    + "&IncludeAlphaSpecial=true&WordPhrases=false&MinLength=3", key), 200);
            assertThat(many).hasSize(50);
            Set<String> distinct = new HashSet<>();
            for (JsonNode p : many) {
                String password = p.get("Password").asText();
                assertThat(password).hasSize(128);
                assertClasses(password);
                distinct.add(password);
            }
            assertThat(distinct).hasSize(50);
            List<JsonNode> shortest = array(get(server, "/api/generatepassword?qty=20&passwordlength=8", key), 200);
            assertThat(shortest).hasSize(20).allSatisfy(p -> {
                assertThat(p.get("Password").asText()).hasSize(8);
                assertClasses(p.get("Password").asText());
            });

            for (String bad : List.of("Qty=0", "Qty=51", "PasswordLength=7", "PasswordLength=129")) {
                assertThat(psError(get(server, "/api/generatepassword?" + bad, key), 422))
                        .contains(bad.substring(0, bad.indexOf('=')));
            }
            psError(get(server, "/api/generatepassword?Qty=lots", key), 400);
            assertThat(get(server, "/api/generatepassword", null).status()).isIn(401, 403);
        }
    }

    private static void assertClasses(String password) {
        assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
                .matches(p -> p.chars().anyMatch(c -> PasswordGenerator.SYMBOLS.indexOf(c) >= 0), "has a symbol");
    }

    static Http.Reply get(TestServer server, String path, String key) {
        Request.Builder request = new Request.Builder().url(server.server().url() + path);
        if (key != null) {
            request.header("APIKey", key);
        }
        return server.client().send(request);
    }
}
