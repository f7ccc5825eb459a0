package com.roamvault.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every admin route of this feature set: only a security administrator's admin token gets in. */
class AdminAccessApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;
    static long userId;
    static long listId;
    static long recordId;
    static long groupId;

    /** method, path; {id}-like segments filled with real ids. */
    static List<String[]> routes() {
        return List.of(
                new String[] {"GET", "/api/admin/v1/settings/mobile"},
                new String[] {"PUT", "/api/admin/v1/settings/mobile"},
                new String[] {"GET", "/api/admin/v1/users"},
                new String[] {"POST", "/api/admin/v1/users"},
                new String[] {"GET", "/api/admin/v1/users/" + userId},
                new String[] {"PUT", "/api/admin/v1/users/" + userId},
                new String[] {"DELETE", "/api/admin/v1/users/" + userId},
                new String[] {"GET", "/api/admin/v1/users/" + userId + "/mobile"},
                new String[] {"PUT", "/api/admin/v1/users/" + userId + "/mobile"},
                new String[] {"POST", "/api/admin/v1/users/" + userId + "/unlock"},
                new String[] {"PUT", "/api/admin/v1/users/" + userId + "/master-password"},
                new String[] {"GET", "/api/admin/v1/users/" + userId + "/pairing-code"},
                new String[] {"GET", "/api/admin/v1/groups"},
                new String[] {"POST", "/api/admin/v1/groups"},
                new String[] {"GET", "/api/admin/v1/groups/" + groupId},
                new String[] {"PUT", "/api/admin/v1/groups/" + groupId},
                new String[] {"DELETE", "/api/admin/v1/groups/" + groupId},
                new String[] {"GET", "/api/admin/v1/lists"},
                new String[] {"POST", "/api/admin/v1/lists"},
                new String[] {"GET", "/api/admin/v1/lists/" + listId},
                new String[] {"DELETE", "/api/admin/v1/lists/" + listId},
                new String[] {"GET", "/api/admin/v1/lists/" + listId + "/permissions"},
                new String[] {"PUT", "/api/admin/v1/lists/" + listId + "/permissions"},
                new String[] {"GET", "/api/admin/v1/lists/" + listId + "/records"},
                new String[] {"POST", "/api/admin/v1/lists/" + listId + "/records"},
                new String[] {"GET", "/api/admin/v1/records/" + recordId},
                new String[] {"PUT", "/api/admin/v1/records/" + recordId},
                new String[] {"DELETE", "/api/admin/v1/records/" + recordId});
    }

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
        userId = fixtures.user("target-user", null);
        listId = fixtures.list("Target list");
        recordId = fixtures.record(listId, "target-record", "secret-1").id();
        groupId = fixtures.group("Target group", userId);
    }

    @Test
    void aNonAdminCannotLogInToTheAdminApi() {
        fixtures.user("plain-user", "plain-user-master-password-7Qx!");
        Http.Reply reply = server.client().post("/api/admin/v1/login",
                Map.of("username", "plain-user", "password", "plain-user-master-password-7Qx!"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("forbidden");
    }

    @Test
    void nonAdminTokensAreForbiddenAndNothingChanges() {
        long plain = fixtures.user("plain-token-user", null);
        long auditBefore = AdminTestSupport.auditCount(server);
        List<String> tokens = List.of(AdminTestSupport.adminKindToken(server, plain),
                AdminTestSupport.mobileToken(server, plain),
                AdminTestSupport.mobileToken(server, AdminTestSupport.adminUserId(server)));
        for (String token : tokens) {
            Http client = server.client().bearer(token);
            for (String[] route : routes()) {
                Http.Reply reply = send(client, route[0], route[1]);
                assertThat(reply.status()).as(route[0] + " " + route[1]).isEqualTo(403);
                assertThat(reply.error()).as(route[0] + " " + route[1]).isEqualTo("forbidden");
            }
        }
        assertThat(AdminTestSupport.auditCount(server)).isEqualTo(auditBefore);
        assertThat(server.admin().get("/api/admin/v1/users/" + userId).status()).isEqualTo(200);
        assertThat(server.admin().get("/api/admin/v1/records/" + recordId).status()).isEqualTo(200);
    }

    @Test
    void withoutATokenEveryRouteIsUnauthorized() {
        for (String[] route : routes()) {
            Http.Reply reply = send(server.client(), route[0], route[1]);
            assertThat(reply.status()).as(route[0] + " " + route[1]).isEqualTo(401);
            assertThat(reply.error()).isEqualTo("unauthorized");
        }
    }

    @Test
    void aDisabledAdminsTokenIsForbidden() {
        Http.Reply created = server.admin().post("/api/admin/v1/users", Map.of("username",
                AdminTestSupport.unique("second-admin"), "displayName", "Second Admin", "securityAdmin", true));
        long second = created.json().get("id").asLong();
        String token = AdminTestSupport.adminKindToken(server, second);
        assertThat(server.client().bearer(token).get("/api/admin/v1/users").status()).isEqualTo(200);
        server.admin().put("/api/admin/v1/users/" + second, Map.of("enabled", false));
        assertThat(server.client().bearer(token).get("/api/admin/v1/users").status()).isIn(401, 403);
    }

    @Test
    void idsThatAreNotNumbersAreNotFound() {
        List<String> junk = List.of("..%2F..%2Fetc", "1%3BDROP%20TABLE%20users", "abc", "-1", "1.5", "0x10",
                "99999999999999999999", "1%20OR%201%3D1", "%2e%2e");
        for (String[] route : routes()) {
            if (!route[1].matches(".*/\\d+(/.*)?")) {
                continue;
            }
            for (String bad : junk) {
                String path = route[1].replaceFirst("/\\d+(?=/|$)", "/" + bad);
                Http.Reply reply = send(server.admin(), route[0], path);
                assertThat(reply.status()).as(route[0] + " " + path + " -> " + reply).isEqualTo(404);
                assertThat(reply.error()).as(route[0] + " " + path).isEqualTo("not_found");
            }
        }
        assertThat(server.admin().get("/api/admin/v1/users/" + userId).status()).isEqualTo(200);
        assertThat(server.admin().get("/api/admin/v1/users?limit=500").json().get("total").asLong()).isGreaterThan(1);
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String[] route : routes()) {
            if (!route[1].matches(".*/\\d+(/.*)?")) {
                continue;
            }
            String path = route[1].replaceFirst("/\\d+(?=/|$)", "/987654321");
            Http.Reply reply = send(server.admin(), route[0], path);
            assertThat(reply.status()).as(route[0] + " " + path + " -> " + reply).isEqualTo(404);
            assertThat(reply.error()).isEqualTo("not_found");
        }
    }

    private static Http.Reply send(Http client, String method, String path) {
        RequestBody body = method.equals("GET") || method.equals("DELETE") ? null
                : RequestBody.create("{}", MediaType.get("application/json"));
        return client.send(new Request.Builder().url(client.baseUrl() + path).method(method, body));
    }
}
