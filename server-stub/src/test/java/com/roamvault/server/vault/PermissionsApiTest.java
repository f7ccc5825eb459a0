package com.roamvault.server.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.Permission;
import com.roamvault.protocol.admin.Permissions;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.AdminTestSupport.AuditRow;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PermissionsApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    @Test
    void putReplacesTheSetAndDecidesWhatReachesPhones() {
        long listId = fixtures.list(AdminTestSupport.unique("perm-list"));
        long alice = fixtures.user(AdminTestSupport.unique("alice"), null);
        long bob = fixtures.user(AdminTestSupport.unique("bob"), null);
        long groupMember = fixtures.user(AdminTestSupport.unique("carol"), null);
        long group = fixtures.group(AdminTestSupport.unique("perm-group"), groupMember);
        Permissions wanted = new Permissions(List.of(new Permission(alice, null, "modify", true),
                new Permission(bob, null, "view", false), new Permission(null, group, "admin", true)));

        Http.Reply put = server.admin().put(path(listId), wanted);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.as(Permissions.class)).isEqualTo(wanted);
        assertThat(server.admin().get(path(listId)).as(Permissions.class)).isEqualTo(wanted);
        assertThat(mobileLists(alice)).contains(listId);
        assertThat(mobileLists(bob)).doesNotContain(listId);
        assertThat(mobileLists(groupMember)).contains(listId);

        AuditRow event = AdminTestSupport.audit(server, AuditActions.PERMISSION_CHANGED).getLast();
        assertThat(event.listId()).isEqualTo(listId);
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.platform()).isEqualTo("AdminConsole");

        Permissions fewer = new Permissions(List.of(new Permission(bob, null, "view", true)));
        assertThat(server.admin().put(path(listId), fewer).as(Permissions.class)).isEqualTo(fewer);
        assertThat(mobileLists(alice)).doesNotContain(listId);
        assertThat(mobileLists(bob)).contains(listId);
        assertThat(server.admin().put(path(listId), new Permissions(List.of())).json().get("permissions")).isEmpty();
        assertThat(mobileLists(bob)).doesNotContain(listId);
    }

    @Test
    void aPermissionWithoutMobileAccessDoesNotReachPhones() {
        long listId = fixtures.list(AdminTestSupport.unique("no-flag"));
        long user = fixtures.user(AdminTestSupport.unique("dave"), null);
        Http.Reply put = server.admin().put(path(listId),
                Map.of("permissions", List.of(Map.of("userId", user, "level", "view"))));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().at("/permissions/0/mobileAccess").asBoolean(true)).isFalse();
        assertThat(mobileLists(user)).doesNotContain(listId);
    }

    @Test
    void invalidEntriesAreRefusedPerFieldAndChangeNothing() {
        long listId = fixtures.list(AdminTestSupport.unique("strict"));
        long user = fixtures.user(AdminTestSupport.unique("erin"), null);
        long group = fixtures.group(AdminTestSupport.unique("g"));
        Permissions kept = new Permissions(List.of(new Permission(user, null, "view", true)));
        server.admin().put(path(listId), kept);
        int events = AdminTestSupport.audit(server, AuditActions.PERMISSION_CHANGED).size();

        assertField(listId, List.of(Map.of("userId", user, "level", "owner", "mobileAccess", true)),
                "permissions[0].level");
        assertField(listId, List.of(Map.of("userId", user, "level", "view"), Map.of("level", "view")),
                "permissions[1]");
        assertField(listId, List.of(Map.of("userId", user, "groupId", group, "level", "view")), "permissions[0]");
        assertField(listId, List.of(Map.of("userId", 987654321L, "level", "view")), "permissions[0].userId");
        assertField(listId, List.of(Map.of("groupId", 987654321L, "level", "view")), "permissions[0].groupId");
        assertField(listId, List.of(Map.of("userId", user)), "permissions[0].level");
        Http.Reply missing = server.admin().putRaw(path(listId), "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/fields/permissions").asText()).isNotEmpty();
        for (String raw : new String[] {"{\"permissions\": [{\"userId\": \"me\", \"level\": \"view\"}]}",
                "{\"permissions\": [{\"userId\": 1, \"level\": \"view\", \"expires\": 1}]}",
                "{\"permissions\": {}}", "{\"permissions\": [{\"userId\": 1, \"mobileAccess\": \"yes\"}]}"}) {
            assertThat(server.admin().putRaw(path(listId), raw).error()).as(raw).isEqualTo("bad_request");
        }
        assertThat(server.admin().get(path(listId)).as(Permissions.class)).isEqualTo(kept);
        assertThat(AdminTestSupport.audit(server, AuditActions.PERMISSION_CHANGED)).hasSize(events);
    }

    @Test
    void unknownListsAreNotFound() {
        assertThat(server.admin().get(path(987654321L)).error()).isEqualTo("not_found");
        assertThat(server.admin().put(path(987654321L), new Permissions(List.of())).error()).isEqualTo("not_found");
        long deleted = fixtures.list(AdminTestSupport.unique("deleted"));
        server.admin().delete("/api/admin/v1/lists/" + deleted);
        assertThat(server.admin().get(path(deleted)).error()).isEqualTo("not_found");
    }

    private static void assertField(long listId, List<Map<String, Object>> permissions, String field) {
        Http.Reply reply = server.admin().put(path(listId), Map.of("permissions", permissions));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("validation_failed");
        assertThat(reply.json().at("/fields").has(field)).as(reply.toString()).isTrue();
    }

    private static List<Long> mobileLists(long userId) {
        return fixtures.wiring().db().read(sql -> fixtures.wiring().vault().mobileListIds(sql, userId));
    }

    private static String path(long listId) {
        return "/api/admin/v1/lists/" + listId + "/permissions";
    }
}
