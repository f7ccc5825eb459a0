package com.roamvault.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The user list stays exact with 10,000 users, devices and overrides in the table; the time of each
 * query is printed (speed targets live in the benchmarks, not in timed assertions).
 */
class UserListScaleApiTest {
    static final int USERS = 10_000;
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void start() {
        ServerWiring ctx = server.server().wiring();
        long now = ctx.clock().millis();
        ctx.db().txRun(sql -> {
            List<Object[]> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                String name = String.format("CORP\\user%05d", i);
                users.add(new Object[] {name, LoginService.key(name), "Person " + i + (i % 100 == 0 ? " Rare" : ""),
                        now, i % 50 == 0 ? now + 600_000 : null});
            }
            sql.batch("INSERT INTO users (username, username_key, display_name, created_at, locked_until) "
                    + "VALUES (?, ?, ?, ?, ?)", users);
            List<Long> ids = sql.query("SELECT id FROM users WHERE username_key <> 'admin' ORDER BY id",
                    rs -> rs.getLong(1));
            List<Object[]> devices = new ArrayList<>();
            List<Object[]> overrides = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                for (int d = 0; d < i % 3; d++) {
                    devices.add(new Object[] {UUID.randomUUID().toString(), ids.get(i), "Phone", "android", now,
                            d == 1 ? now : null});
                }
                if (i % 7 == 0) {
                    overrides.add(new Object[] {ids.get(i), 3});
                }
            }
            sql.batch("INSERT INTO devices (id, user_id, device_name, platform, registered_at, revoked_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", devices);
            sql.batch("INSERT INTO user_mobile_options (user_id, offline_cache_days) VALUES (?, ?)", overrides);
        });
    }

    @Test
    void pagesAreExactAndFast() {
        timed("users?limit=500", 500, USERS + 1);
        JsonNode deep = timed("users?limit=50&offset=9000", 50, USERS + 1);
        assertThat(deep.at("/users/0/username").asText()).isEqualTo("CORP\\user08999");
        JsonNode search = timed("users?query=rare&limit=500", 100, 100);
        assertThat(search.at("/users/0/displayName").asText()).isEqualTo("Person 0 Rare");
        timed("users?query=person&limit=500&offset=9000", 500, USERS);
        timed("users?query=user0999", 10, 10);
        timed("users?query=corp%5Cuser0999", 10, 10);

        JsonNode row = timed("users?query=user00014", 1, 1).at("/users/0");
        assertThat(row.get("deviceCount").asInt()).isEqualTo(1);
        assertThat(row.get("hasOverrides").asBoolean()).isTrue();
        assertThat(row.get("locked").asBoolean()).isFalse();
        JsonNode locked = timed("users?query=user00050", 1, 1).at("/users/0");
        assertThat(locked.get("locked").asBoolean()).isTrue();
        assertThat(locked.get("deviceCount").asInt()).isEqualTo(1);
        assertThat(locked.get("hasOverrides").asBoolean()).isFalse();
    }

    private static JsonNode timed(String query, int size, long total) {
        server.admin().get("/api/admin/v1/" + query);
        long start = System.nanoTime();
        Http.Reply reply = server.admin().get("/api/admin/v1/" + query);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("user list %-45s %5d ms (%s)%n", query, ms, System.getProperty("roamvault.test.db", "h2"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("users")).hasSize(size);
        assertThat(page.get("total").asLong()).isEqualTo(total);
        return page;
    }
}
