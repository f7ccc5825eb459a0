package com.roamvault.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's user list: paging, total, search, and the per-user flags it shows. */
class UserListApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        ctx = new Fixtures(server).wiring();
    }

    @Test
    void listPagesSortsAndCountsMatches() {
        String tag = AdminTestSupport.unique("pager");
        for (int i = 24; i >= 0; i--) {
            createdId(String.format("%s-%02d", tag, i), Map.of("displayName", "Display " + i));
        }
        JsonNode first = server.admin().get("/api/admin/v1/users?query=" + tag + "&limit=10").json();
        assertThat(first.get("total").asLong()).isEqualTo(25);
        assertThat(first.get("users")).hasSize(10);
        assertThat(first.at("/users/0/username").asText()).isEqualTo(tag + "-00");
        assertThat(first.at("/users/9/username").asText()).isEqualTo(tag + "-09");
        JsonNode last = server.admin().get("/api/admin/v1/users?query=" + tag + "&limit=10&offset=20").json();
        assertThat(last.get("total").asLong()).isEqualTo(25);
        assertThat(last.get("users")).hasSize(5);
        assertThat(last.at("/users/4/username").asText()).isEqualTo(tag + "-24");
        JsonNode beyond = server.admin().get("/api/admin/v1/users?query=" + tag + "&offset=100").json();
        assertThat(beyond.get("users")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(25);
        assertThat(server.admin().get("/api/admin/v1/users?query=" + tag.toUpperCase()).json().get("total").asLong())
                .isEqualTo(25);
    }

    @Test
    void searchMatchesDisplayNamesAndTakesWildcardsLiterally() {
        String tag = AdminTestSupport.unique("zeta");
        createdId("u1-" + tag, Map.of("displayName", "Quinn Harbor"));
        createdId("u2-" + tag, Map.of("displayName", "Rowan Quay"));
        createdId("under_score_" + tag);
        JsonNode byDisplay = server.admin().get("/api/admin/v1/users?query=quinn%20HARBOR").json();
        assertThat(byDisplay.get("total").asLong()).isEqualTo(1);
        assertThat(byDisplay.at("/users/0/displayName").asText()).isEqualTo("Quinn Harbor");
        assertThat(server.admin().get("/api/admin/v1/users?query=%25").json().get("total").asLong()).isZero();
        assertThat(server.admin().get("/api/admin/v1/users?query=under_score_" + tag).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(server.admin().get("/api/admin/v1/users?query=under%25score").json().get("total").asLong())
                .isZero();
    }

    @Test
    void listShowsLockDevicesAndOverrides() {
        String name = AdminTestSupport.unique("summary");
        long id = createdId(name);
        long now = ctx.clock().millis();
        ctx.db().txRun(sql -> {
            for (int i = 0; i < 3; i++) {
                sql.update("INSERT INTO devices (id, user_id, device_name, platform, registered_at, revoked_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), id, "Phone " + i,
                        "android", now, i == 2 ? now : null);
            }
            sql.update("UPDATE users SET locked_until = ? WHERE id = ?", now + 60_000, id);
        });
        server.admin().put("/api/admin/v1/users/" + id + "/mobile", Map.of("overrides", Map.of("autoLockMinutes", 2)));
        JsonNode row = server.admin().get("/api/admin/v1/users?query=" + name).json().at("/users/0");
        assertThat(row.get("id").asLong()).isEqualTo(id);
        assertThat(row.get("locked").asBoolean()).isTrue();
        assertThat(row.get("deviceCount").asInt()).isEqualTo(2);
        assertThat(row.get("hasOverrides").asBoolean()).isTrue();
        assertThat(row.has("masterPasswordHash")).isFalse();

        server.clock().advance(Duration.ofMinutes(2));
        JsonNode later = server.admin().get("/api/admin/v1/users?query=" + name).json().at("/users/0");
        assertThat(later.get("locked").asBoolean()).isFalse();
        JsonNode plain = server.admin().get("/api/admin/v1/users?query=" + AdminTestSupport.unique("none")).json();
        assertThat(plain.get("total").asLong()).isZero();
    }

    @Test
    void badPagingParametersAreBadRequests() {
        for (String q : new String[] {"limit=0", "limit=501", "limit=abc", "limit=-5", "offset=-1", "offset=x",
                "limit=99999999999", "query=" + "q".repeat(201)}) {
            Http.Reply reply = server.admin().get("/api/admin/v1/users?" + q);
            assertThat(reply.status()).as(q).isEqualTo(400);
            assertThat(reply.error()).as(q).isEqualTo("bad_request");
        }
        assertThat(server.admin().get("/api/admin/v1/users?limit=500&offset=0").status()).isEqualTo(200);
        assertThat(server.admin().get("/api/admin/v1/users?limit=1").json().get("users")).hasSize(1);
    }

    private static long createdId(String username) {
        return createdId(username, Map.of());
    }

    private static long createdId(String username, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", username));
        body.putAll(extra);
        Http.Reply reply = server.admin().post("/api/admin/v1/users", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }
}
