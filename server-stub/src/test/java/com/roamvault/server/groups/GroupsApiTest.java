package com.roamvault.server.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.admin.GroupDetail;
import com.roamvault.protocol.admin.GroupPage;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.Grant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupsApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    @Test
    void createGetListAndAudit() {
        long a = user();
        long b = user();
        String name = AdminTestSupport.unique("Network Admins");
        Http.Reply created = server.admin().post("/api/admin/v1/groups", Map.of("name", name, "members", List.of(b, a, a)));
        assertThat(created.status()).isEqualTo(201);
        GroupDetail group = created.as(GroupDetail.class);
        assertThat(group.name()).isEqualTo(name);
        assertThat(group.members()).containsExactly(Math.min(a, b), Math.max(a, b));

        assertThat(server.admin().get("/api/admin/v1/groups/" + group.id()).as(GroupDetail.class)).isEqualTo(group);
        GroupPage all = server.admin().get("/api/admin/v1/groups").as(GroupPage.class);
        assertThat(all.groups()).contains(group);

        var event = AdminTestSupport.lastAudit(server, AuditActions.GROUP_CHANGED, name);
        assertThat(event.detail()).contains("created").contains("members=2");
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.platform()).isEqualTo("AdminConsole");
    }

    @Test
    void aGroupWithoutMembersIsFine() {
        Http.Reply created = server.admin().post("/api/admin/v1/groups",
                Map.of("name", AdminTestSupport.unique("Empty")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.as(GroupDetail.class).members()).isEmpty();
    }

    @Test
    void updateReplacesNameAndMembersAndAuditsTheDifference() {
        long a = user();
        long b = user();
        long c = user();
        String name = AdminTestSupport.unique("Ops");
        long id = create(name, a, b);
        String renamed = AdminTestSupport.unique("Operations");
        Http.Reply reply = server.admin().put("/api/admin/v1/groups/" + id,
                Map.of("name", renamed, "members", List.of(b, c)));
        assertThat(reply.status()).isEqualTo(200);
        GroupDetail group = reply.as(GroupDetail.class);
        assertThat(group.name()).isEqualTo(renamed);
        assertThat(group.members()).containsExactly(b, c);
        String detail = AdminTestSupport.lastAudit(server, AuditActions.GROUP_CHANGED, "updated group=" + name).detail();
        assertThat(detail).contains("name " + name + "->" + renamed).contains("added=[" + c + "]")
                .contains("removed=[" + a + "]");

        GroupDetail membersOnly = server.admin().put("/api/admin/v1/groups/" + id, Map.of("members", List.of()))
                .as(GroupDetail.class);
        assertThat(membersOnly.name()).isEqualTo(renamed);
        assertThat(membersOnly.members()).isEmpty();
        GroupDetail nameOnly = server.admin().put("/api/admin/v1/groups/" + id, Map.of("name", name))
                .as(GroupDetail.class);
        assertThat(nameOnly.name()).isEqualTo(name);
    }

    @Test
    void unknownMembersAreRefusedAndChangeNothing() {
        long a = user();
        String name = AdminTestSupport.unique("Strict");
        long id = create(name, a);
        Http.Reply bad = server.admin().put("/api/admin/v1/groups/" + id, Map.of("members", List.of(a, 987654321L)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.error()).isEqualTo("validation_failed");
        assertThat(bad.json().at("/fields/members").asText()).contains("987654321");
        assertThat(server.admin().get("/api/admin/v1/groups/" + id).as(GroupDetail.class).members()).containsExactly(a);

        long before = groups();
        Http.Reply badCreate = server.admin().post("/api/admin/v1/groups",
                Map.of("name", AdminTestSupport.unique("Ghosts"), "members", List.of(555555555L)));
        assertThat(badCreate.json().at("/fields/members").asText()).contains("555555555");
        assertThat(server.admin().postRaw("/api/admin/v1/groups", "{\"name\": \"N\", \"members\": [null]}")
                .json().at("/fields/members").asText()).isNotEmpty();
        assertThat(groups()).isEqualTo(before);
    }

    @Test
    void namesAreRequiredBoundedAndUniqueRegardlessOfCase() {
        String name = AdminTestSupport.unique("Unique");
        long id = create(name);
        assertName(server.admin().post("/api/admin/v1/groups", Map.of("name", name.toUpperCase())), "already exists");
        long other = create(AdminTestSupport.unique("Other"));
        assertName(server.admin().put("/api/admin/v1/groups/" + other, Map.of("name", name.toLowerCase())),
                "already exists");
        assertName(server.admin().post("/api/admin/v1/groups", Map.of("members", List.of())), "is required");
        assertName(server.admin().post("/api/admin/v1/groups", Map.of("name", " ")), "is required");
        assertName(server.admin().post("/api/admin/v1/groups", Map.of("name", "g".repeat(201))), "at most 200");
        assertName(server.admin().post("/api/admin/v1/groups", Map.of("name", "tab\there")), "control");
        assertThat(server.admin().put("/api/admin/v1/groups/" + id, Map.of("name", name.toUpperCase())).status())
                .isEqualTo(200);
    }

    @Test
    void deletingAGroupRemovesItAndTheListPermissionsGrantedToIt() {
        long member = user();
        long id = create(AdminTestSupport.unique("Doomed"), member);
        long listId = fixtures.list(AdminTestSupport.unique("group-list"));
        fixtures.grants(listId, new Grant(null, id, "view", true));
        assertThat(mobileLists(member))
                .contains(listId);

        assertThat(server.admin().delete("/api/admin/v1/groups/" + id).status()).isEqualTo(204);
        assertThat(server.admin().get("/api/admin/v1/groups/" + id).error()).isEqualTo("not_found");
        assertThat(server.admin().delete("/api/admin/v1/groups/" + id).status()).isEqualTo(404);
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId + "/permissions").json().get("permissions"))
                .isEmpty();
        assertThat(mobileLists(member))
                .doesNotContain(listId);
        assertThat(AdminTestSupport.audit(server, AuditActions.GROUP_CHANGED).getLast().detail()).startsWith("deleted");
    }

    @Test
    void malformedBodiesAreBadRequests() {
        for (String raw : new String[] {"{\"name\": \"x\", \"members\": \"1,2\"}", "{\"name\": \"x\", \"owner\": 1}",
                "{\"name\": [\"x\"]}", "{\"name\": \"x\", \"members\": [\"one\"]}", "{"}) {
            Http.Reply reply = server.admin().postRaw("/api/admin/v1/groups", raw);
            assertThat(reply.status()).as(raw).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("bad_request");
        }
    }

    private static void assertName(Http.Reply reply, String problem) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().at("/fields/name").asText()).contains(problem);
    }

    private static long create(String name, Long... members) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("members", List.of(members));
        Http.Reply reply = server.admin().post("/api/admin/v1/groups", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static long groups() {
        JsonNode groups = server.admin().get("/api/admin/v1/groups").json().get("groups");
        return groups.size();
    }

    private static List<Long> mobileLists(long userId) {
        return fixtures.wiring().db().read(sql -> fixtures.wiring().vault().mobileListIds(sql, userId));
    }

    private static long user() {
        return fixtures.user(AdminTestSupport.unique("member"), null);
    }
}
