package com.roamvault.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every class of bad input, sent to the JSON APIs as an attacker or a buggy script would: each gets
 * API.md's JSON error — never a 500, a stack trace or HTML — and changes nothing stored.
 */
class BadInputApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Http phone;
    static long listId;

    /** JSON-body endpoints of each API, as (method, path) with the admin token. */
    static final List<String[]> ADMIN_BODIES = List.of(
            new String[] {"POST", "/api/admin/v1/users"},
            new String[] {"PUT", "/api/admin/v1/settings/mobile"},
            new String[] {"POST", "/api/admin/v1/groups"},
            new String[] {"POST", "/api/admin/v1/lists"});

    private Map<String, Long> before;

    @BeforeAll
    static void start() {
        Fixtures f = new Fixtures(server);
        long user = f.user("CORP\\bad-input", "bad-input-lantern-quartz-97");
        listId = f.list("Bad input list");
        f.record(listId, "target-record", "secret-value");
        f.grantUser(listId, user, true);
        phone = server.client();
        Http.Reply login = phone.post("/api/mobile/v1/login", Map.of("username", "CORP\\bad-input",
                "password", "bad-input-lantern-quartz-97", "deviceName", "t", "platform", "android"));
        assertThat(login.status()).isEqualTo(200);
        phone.bearer(login.json().get("accessToken").asText());
    }

    @BeforeEach
    void snapshot() {
        before = counts();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(counts()).as("stored data after a bad request").isEqualTo(before);
    }

    private static Map<String, Long> counts() {
        return server.server().wiring().db().read(sql -> Map.of(
                "users", sql.count("SELECT COUNT(*) FROM users"),
                "lists", sql.count("SELECT COUNT(*) FROM password_lists"),
                "records", sql.count("SELECT COUNT(*) FROM records"),
                "revision", sql.count("SELECT revision FROM vault_revision"),
                "groups", sql.count("SELECT COUNT(*) FROM security_groups"),
                "settings", sql.count("SELECT offline_cache_days + auto_lock_minutes FROM mobile_settings"),
                "devices", sql.count("SELECT COUNT(*) FROM devices")));
    }

    private static void assertJsonError(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.headers().get("Content-Type")).startsWith("application/json");
        assertThat(reply.error()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.json().get("message").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "<html");
    }

    private static Http.Reply send(Http client, String method, String path, String raw) {
        return method.equals("POST") ? client.postRaw(path, raw) : client.putRaw(path, raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "not json at all", "[1, 2, 3]", "null", "{\"name\": \"x\"} trailing",
            "{'single': 'quotes'}", "\u0000\u0001"})
    void malformedJsonIsBadRequestEverywhere(String raw) {
        for (String[] endpoint : ADMIN_BODIES) {
            assertJsonError(send(server.admin(), endpoint[0], endpoint[1], raw), 400, "bad_request");
        }
        assertJsonError(server.client().postRaw("/api/mobile/v1/login", raw), 400, "bad_request");
        assertJsonError(phone.postRaw("/api/mobile/v1/audit", raw), 400, "bad_request");
        assertJsonError(phone.putRaw("/api/mobile/v1/master-password", raw), 400, "bad_request");
    }

    @Test
    void wrongTypesAreBadRequest() {
        assertJsonError(server.admin().putRaw("/api/admin/v1/settings/mobile", "{\"offlineCacheDays\": \"many\"}"),
                400, "bad_request");
        assertJsonError(server.admin().putRaw("/api/admin/v1/settings/mobile", "{\"offlineCacheDays\": 7.5}"),
                400, "bad_request");
        assertJsonError(server.admin().postRaw("/api/admin/v1/groups", "{\"name\": \"g\", \"members\": \"all\"}"),
                400, "bad_request");
        assertJsonError(server.client().postRaw("/api/mobile/v1/login", "{\"username\": [], \"password\": {}}"),
                400, "bad_request");
        assertJsonError(phone.postRaw("/api/mobile/v1/audit", "{\"events\": {\"id\": 1}}"), 400, "bad_request");
    }

    @Test
    void unknownFieldsAreBadRequestAndNamed() {
        Http.Reply reply = server.admin().putRaw("/api/admin/v1/settings/mobile", "{\"offlineCacheDayz\": 3}");
        assertJsonError(reply, 400, "bad_request");
        assertThat(reply.json().get("message").asText()).contains("offlineCacheDayz");
        assertJsonError(server.client().postRaw("/api/mobile/v1/login", "{\"username\": \"a\", \"password\": \"b\", "
                + "\"isAdmin\": true}"), 400, "bad_request");
    }

    @Test
    void hugeBodiesArePayloadTooLarge() {
        String huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        assertJsonError(server.admin().postRaw("/api/admin/v1/lists", huge), 413, "payload_too_large");
        assertJsonError(server.client().postRaw("/api/mobile/v1/login", huge), 413, "payload_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "1%3BDROP%20TABLE%20users", "abc", "-1", "1e3", "%20",
            "99999999999999999999999", "1'%20OR%20'1'%3D'1"})
    void junkIdsInPathsAreJsonNotFound(String id) {
        assertJsonError(server.admin().get("/api/admin/v1/users/" + id + "/mobile"), 404, "not_found");
        assertJsonError(server.admin().get("/api/admin/v1/lists/" + id + "/records"), 404, "not_found");
        assertJsonError(server.admin().delete("/api/admin/v1/records/" + id), 404, "not_found");
        assertJsonError(server.admin().send(new Request.Builder()
                .url(server.admin().baseUrl() + "/api/admin/v1/devices/" + id + "/revoke")
                .post(okhttp3.RequestBody.create(new byte[0]))), 404, "not_found");
    }

    @Test
    void sqlMetacharactersAreJustText() {
        Http.Reply users = server.admin().get("/api/admin/v1/users?query=%27%20OR%201%3D1%20--");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().get("total").asLong()).isZero();
        assertJsonError(server.client().post("/api/mobile/v1/login", Map.of("username", "admin' --",
                "password", "' OR '1'='1")), 401, "invalid_credentials");
        Http.Reply audit = server.admin().get("/api/admin/v1/audit?user=%27%3B%20DELETE%20FROM%20audit_events%3B--");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("events").size()).isZero();
    }

    @Test
    void missingExpiredAndForgedTokensAreUnauthorized() {
        assertJsonError(server.client().get("/api/mobile/v1/sync"), 401, "unauthorized");
        assertJsonError(server.client().bearer("x".repeat(43)).get("/api/mobile/v1/sync"), 401, "unauthorized");
        assertJsonError(server.client().bearer(phone.bearer() + "A").get("/api/mobile/v1/sync"), 401, "unauthorized");
        assertJsonError(server.client().send(new Request.Builder().url(server.client().baseUrl() + "/api/admin/v1/users")
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")), 401, "unauthorized");
        Http expiring = server.client().loginAdmin("admin", TestServer.ADMIN_PASSWORD);
        server.clock().advance(java.time.Duration.ofHours(9));
        try {
            assertJsonError(expiring.get("/api/admin/v1/users"), 401, "unauthorized");
        } finally {
            server.clock().advance(java.time.Duration.ofHours(-9));
        }
    }

    @Test
    void aPhoneOrAPlainUserIsForbiddenOnAdminCalls() {
        assertJsonError(phone.get("/api/admin/v1/users"), 403, "forbidden");
        assertJsonError(phone.putRaw("/api/admin/v1/settings/mobile", "{\"offlineCacheDays\": 365}"), 403, "forbidden");
        assertJsonError(server.client().post("/api/admin/v1/login", Map.of("username", "CORP\\bad-input",
                "password", "bad-input-lantern-quartz-97")), 403, "forbidden");
    }

    @Test
    void brokenRequestsThatJettyAnswersItselfAreJsonToo() {
        assertJsonError(server.admin().get("/api/admin/v1/users/1%00"), 400, "bad_request");
        Http.Reply longUri = server.admin().get("/api/admin/v1/audit?q=" + "a".repeat(20_000));
        assertThat(longUri.status()).isEqualTo(414);
        assertThat(longUri.error()).isEqualTo("bad_request");
        assertThat(longUri.body()).doesNotContain("<html");
    }

    @Test
    void validationFailuresNameEachField() {
        Http.Reply reply = server.admin().put("/api/admin/v1/settings/mobile",
                Map.of("offlineCacheDays", 400, "autoLockMinutes", 0, "masterPasswordMinStrength", 9));
        assertJsonError(reply, 422, "validation_failed");
        assertThat(reply.json().get("fields").fieldNames()).toIterable()
                .contains("offlineCacheDays", "autoLockMinutes", "masterPasswordMinStrength");
    }
}
