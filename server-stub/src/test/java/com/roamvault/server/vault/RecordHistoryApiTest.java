package com.roamvault.server.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordHistory;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every change from the console, the Passwordstate API and a phone keeps the version it replaced, with
 * who, when and from where; a restore makes an earlier version current as a new one; Passwordstate's
 * {@code passwordhistory} serves the same history in its own shape.
 */
class RecordHistoryApiTest {
    static final String MASTER = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    @Test
    void consoleApiAndPhoneChangesAreKeptAndAVersionRestores() {
        String username = Phone.uniqueUser("hist");
        Http.Reply user = server.admin().post("/api/admin/v1/users",
                Map.of("username", username, "displayName", "Jane Q Smith", "masterPassword", MASTER));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        long userId = user.json().get("id").asLong();
        long list = fixtures.list("History " + username);
        fixtures.grants(list, new Grant(userId, null, "modify", true));
        long id = server.admin().post("/api/admin/v1/lists/" + list + "/records",
                Map.of("title", "db-01", "password", "v1-console", "notes", "first")).json().get("recordId").asLong();

        server.clock().advance(Duration.ofMinutes(1));
        Http.Reply viaApi = RecordVersionsApiTest.ps(server, "PUT", "/api/passwords", Map.of("PasswordID", id, "Password",
                "v2-api"));
        assertThat(viaApi.status()).as(viaApi.toString()).isEqualTo(200);
        server.clock().advance(Duration.ofMinutes(1));
        Phone phone = Phone.login(server, username, MASTER);
        Http.Reply edited = phone.http().put("/api/mobile/v1/records/" + id, Map.of("editId",
                UUID.randomUUID().toString(), "baseVersion", 2, "origin", "online",
                "changes", Map.of("password", "v3-phone")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        server.clock().advance(Duration.ofMinutes(1));

        List<RecordVersion> history = history(id);
        assertThat(history).extracting(RecordVersion::version).containsExactly(2L, 1L);
        assertThat(history).extracting(RecordVersion::password).containsExactly("v2-api", "v1-console");
        assertThat(history).extracting(RecordVersion::platform).containsExactly("API", "AdminConsole");
        assertThat(history).extracting(RecordVersion::changedBy).containsExactly("APIKey:system", "admin");
        assertThat(history.get(0).changedAt()).isAfter(history.get(1).changedAt());
        assertThat(history).allSatisfy(v -> assertThat(v.notes()).isEqualTo("first"));

        Http.Reply restored = server.admin().post("/api/admin/v1/records/" + id + "/restore", Map.of("version", 1));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        RecordDetail now = restored.as(RecordDetail.class);
        assertThat(now.version()).isEqualTo(4);
        assertThat(now.password()).isEqualTo("v1-console");
        assertThat(AdminTestSupport.lastAudit(server, AuditActions.RECORD_UPDATED, "restored=1").recordId())
                .isEqualTo(id);
        List<RecordVersion> after = history(id);
        assertThat(after).extracting(RecordVersion::version).containsExactly(3L, 2L, 1L);
        assertThat(after.get(0).platform()).isEqualTo("MobileApp");
        assertThat(after.get(0).changedBy()).isEqualTo(username);
        assertThat(after.get(0).password()).isEqualTo("v3-phone");

        List<JsonNode> ps = psHistory(id);
        assertThat(ps).hasSize(3);
        JsonNode newest = ps.get(0);
        assertThat(names(newest)).isEqualTo(Set.of("PasswordHistoryID", "PasswordID", "DateChanged", "UserID",
                "FirstName", "Surname", "PasswordList", "Title", "UserName", "Password", "URL", "Notes", "Domain",
                "Description", "HostName", "OTPUri"));
        assertThat(newest.get("PasswordID").asLong()).isEqualTo(id);
        assertThat(newest.get("UserID").asText()).isEqualTo(username);
        assertThat(newest.get("FirstName").asText()).isEqualTo("Jane");
        assertThat(newest.get("Surname").asText()).isEqualTo("Q Smith");
        assertThat(newest.get("PasswordList").asText()).isEqualTo("History " + username);
        assertThat(newest.get("Password").asText()).isEqualTo("v3-phone");
        assertThat(newest.get("Title").asText()).isEqualTo("db-01");
        assertThat(java.time.Instant.parse(newest.get("DateChanged").asText())).isEqualTo(after.get(0).changedAt());
        assertThat(ps).extracting(e -> e.get("Password").asText()).containsExactly("v3-phone", "v2-api", "v1-console");
        assertThat(ps.get(1).get("FirstName").asText()).as("an API key has no name").isEmpty();
        assertThat(ps.stream().map(e -> e.get("PasswordHistoryID").asLong()).distinct()).hasSize(3);
    }

    @Test
    void restoringAVersionThatIsNotInTheHistoryIsA422AndUnknownRecords404() {
        long list = fixtures.list("Restore " + UUID.randomUUID());
        VaultRecord record = fixtures.record(list, "r", "pw");
        for (int version : new int[] {0, 1, 7}) {
            Http.Reply refused = server.admin().post("/api/admin/v1/records/" + record.id() + "/restore",
                    Map.of("version", version));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.json().get("fields").has("version")).isTrue();
        }
        assertThat(server.admin().get("/api/admin/v1/records/999999/history").status()).isEqualTo(404);
        Http.Reply psMissing = server.client().send(new okhttp3.Request.Builder()
                .url(server.server().url() + "/api/passwordhistory/999999")
                .header("APIKey", fixtures.wiring().keys().systemApiKey()));
        assertThat(psMissing.status()).isEqualTo(404);
        assertThat(psMissing.json().isArray()).isTrue();
    }

    static List<RecordVersion> history(long id) {
        Http.Reply reply = server.admin().get("/api/admin/v1/records/" + id + "/history");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.as(RecordHistory.class).versions();
    }

    static List<JsonNode> psHistory(long id) {
        Http.Reply reply = server.client().send(new okhttp3.Request.Builder()
                .url(server.server().url() + "/api/passwordhistory/" + id)
                .header("APIKey", fixtures.wiring().keys().systemApiKey()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        reply.json().forEach(entries::add);
        return entries;
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
