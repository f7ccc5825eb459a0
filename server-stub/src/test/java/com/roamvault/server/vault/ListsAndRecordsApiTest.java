package com.roamvault.server.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.ListPage;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordPage;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.AdminTestSupport.AuditRow;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListsAndRecordsApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void createdListIsShownWithItsOwnApiKey() {
        String name = AdminTestSupport.unique("Network Devices");
        Http.Reply created = server.admin().post("/api/admin/v1/lists", Map.of("name", name, "description", "core"));
        assertThat(created.status()).isEqualTo(201);
        ListDetail list = created.as(ListDetail.class);
        assertThat(list.name()).isEqualTo(name);
        assertThat(list.description()).isEqualTo("core");
        assertThat(list.recordCount()).isZero();
        assertThat(list.apiKey()).matches("[0-9a-f]{40}");
        assertThat(created.json().has("listId")).isTrue();
        assertThat(server.admin().get("/api/admin/v1/lists").as(ListPage.class).lists()).contains(list);
        assertThat(server.admin().get("/api/admin/v1/lists/" + list.listId()).as(ListDetail.class)).isEqualTo(list);
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.LIST_CREATED, name).listId()).isEqualTo(list.listId());
        String other = server.admin().post("/api/admin/v1/lists", Map.of("name", AdminTestSupport.unique("Other")))
                .as(ListDetail.class).apiKey();
        assertThat(other).isNotEqualTo(list.apiKey());
    }

    @Test
    void listValidationIsPerField() {
        int before = lists();
        assertField(server.admin().post("/api/admin/v1/lists", Map.of("description", "x")), "name");
        assertField(server.admin().post("/api/admin/v1/lists", Map.of("name", "  ")), "name");
        assertField(server.admin().post("/api/admin/v1/lists", Map.of("name", "n".repeat(201))), "name");
        assertField(server.admin().post("/api/admin/v1/lists", Map.of("name", "ok", "description", "d".repeat(1001))),
                "description");
        assertThat(server.admin().post("/api/admin/v1/lists", Map.of("name", "ok", "tree", "x")).error())
                .isEqualTo("bad_request");
        assertThat(lists()).isEqualTo(before);
    }

    @Test
    void recordLifecycleIsVisibleAuditedAndBumpsRevisions() {
        long listId = list();
        Http.Reply created = server.admin().post("/api/admin/v1/lists/" + listId + "/records", Map.of(
                "title", "core-sw-01", "username", "admin", "password", "S3cret!", "url", "https://sw",
                "notes", "rack 4", "domain", "CORP", "description", "core switch"));
        assertThat(created.status()).isEqualTo(201);
        RecordDetail record = created.as(RecordDetail.class);
        assertThat(record.listId()).isEqualTo(listId);
        assertThat(record.title()).isEqualTo("core-sw-01");
        assertThat(record.password()).isEqualTo("S3cret!");
        assertThat(record.description()).isEqualTo("core switch");
        assertThat(created.json().has("recordId")).isTrue();
        assertThat(server.admin().get("/api/admin/v1/records/" + record.recordId()).as(RecordDetail.class))
                .isEqualTo(record);
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId + "/records").as(RecordPage.class).records())
                .containsExactly(record);
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId).as(ListDetail.class).recordCount()).isEqualTo(1);

        server.clock().advance(java.time.Duration.ofSeconds(5));
        Http.Reply updated = server.admin().put("/api/admin/v1/records/" + record.recordId(),
                Map.of("password", "N3w-secret"));
        assertThat(updated.status()).isEqualTo(200);
        RecordDetail changed = updated.as(RecordDetail.class);
        assertThat(changed.password()).isEqualTo("N3w-secret");
        assertThat(changed.title()).isEqualTo("core-sw-01");
        assertThat(changed.notes()).isEqualTo("rack 4");
        assertThat(changed.revision()).isGreaterThan(record.revision());
        assertThat(changed.updatedAt()).isAfter(record.updatedAt());

        assertThat(server.admin().delete("/api/admin/v1/records/" + record.recordId()).status()).isEqualTo(204);
        assertThat(server.admin().get("/api/admin/v1/records/" + record.recordId()).error()).isEqualTo("not_found");
        assertThat(server.admin().delete("/api/admin/v1/records/" + record.recordId()).status()).isEqualTo(404);
        assertThat(server.admin().put("/api/admin/v1/records/" + record.recordId(), Map.of("title", "x")).status())
                .isEqualTo(404);
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId + "/records").as(RecordPage.class).records())
                .isEmpty();

        for (String action : new String[] {AuditActions.RECORD_CREATED, AuditActions.RECORD_UPDATED,
                AuditActions.RECORD_DELETED}) {
            AuditRow event = AdminTestSupport.audit(server, action).stream()
                    .filter(e -> Long.valueOf(record.recordId()).equals(e.recordId())).findFirst().orElseThrow();
            assertThat(event.listId()).isEqualTo(listId);
            assertThat(event.username()).isEqualTo("admin");
            assertThat(event.platform()).isEqualTo("AdminConsole");
            assertThat(String.valueOf(event.detail())).doesNotContain("S3cret!").doesNotContain("N3w-secret");
        }
    }

    @Test
    void recordValidationIsPerFieldAndChangesNothing() {
        long listId = list();
        String path = "/api/admin/v1/lists/" + listId + "/records";
        assertField(server.admin().post(path, Map.of("username", "u")), "title");
        assertField(server.admin().post(path, Map.of("title", " ")), "title");
        assertField(server.admin().post(path, Map.of("title", "t".repeat(501))), "title");
        assertField(server.admin().post(path, Map.of("title", "ok", "password", "p".repeat(2001))), "password");
        assertField(server.admin().post(path, Map.of("title", "ok", "notes", "n".repeat(4001))), "notes");
        assertThat(server.admin().post(path, Map.of("title", "ok", "hostName", "h")).error()).isEqualTo("bad_request");
        assertThat(server.admin().postRaw(path, "{\"title\": [\"t\"]}").status()).isEqualTo(400);
        assertThat(server.admin().get(path).as(RecordPage.class).records()).isEmpty();

        long id = server.admin().post(path, Map.of("title", "kept")).json().get("recordId").asLong();
        assertField(server.admin().put("/api/admin/v1/records/" + id, Map.of("title", "")), "title");
        assertThat(server.admin().get("/api/admin/v1/records/" + id).as(RecordDetail.class).title()).isEqualTo("kept");
    }

    @Test
    void deletingAListRemovesItAndItsRecords() {
        long listId = list();
        long recordId = server.admin().post("/api/admin/v1/lists/" + listId + "/records", Map.of("title", "gone"))
                .json().get("recordId").asLong();
        assertThat(server.admin().delete("/api/admin/v1/lists/" + listId).status()).isEqualTo(204);
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId).error()).isEqualTo("not_found");
        assertThat(server.admin().get("/api/admin/v1/lists/" + listId + "/records").error()).isEqualTo("not_found");
        assertThat(server.admin().get("/api/admin/v1/records/" + recordId).error()).isEqualTo("not_found");
        assertThat(server.admin().delete("/api/admin/v1/lists/" + listId).status()).isEqualTo(404);
        assertThat(server.admin().post("/api/admin/v1/lists/" + listId + "/records", Map.of("title", "x")).status())
                .isEqualTo(404);
        assertThat(server.admin().get("/api/admin/v1/lists").as(ListPage.class).lists())
                .noneMatch(l -> l.listId() == listId);
        assertThat(AdminTestSupport.audit(server, AuditActions.LIST_DELETED)).anyMatch(e -> e.listId() == listId);
    }

    private static void assertField(Http.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("validation_failed");
        assertThat(reply.json().at("/fields/" + field).asText()).as(reply.toString()).isNotEmpty();
    }

    private static long list() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", AdminTestSupport.unique("list"));
        body.put("description", null);
        return server.admin().post("/api/admin/v1/lists", body).json().get("listId").asLong();
    }

    private static int lists() {
        return server.admin().get("/api/admin/v1/lists").as(ListPage.class).lists().size();
    }
}
