package com.roamvault.server.passwordstate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.PasswordList;
import com.roamvault.server.vault.VaultRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordstateApiTest {
    static final Set<String> RECORD_FIELDS = Set.of("PasswordID", "PasswordListID", "PasswordList", "Title",
            "UserName", "Password", "URL", "Notes", "Domain", "Description", "HostName", "OTPUri");
    static final Set<String> LIST_FIELDS = Set.of("PasswordListID", "PasswordList", "Description", "TreePath",
            "TotalPasswords");
    static final ObjectMapper JSON = Json.mapper();

    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static ServerWiring ctx;
    static Fixtures fixtures;
    static String systemKey;
    /** A list whose id is also the id of a record in it, to tell the two meanings of /api/passwords/{id} apart. */
    static long firstList;
    static VaultRecord firstRecord;

    @BeforeAll
    static void start() {
        ctx = server.server().wiring();
        fixtures = new Fixtures(server);
        systemKey = ctx.keys().systemApiKey();
        firstList = fixtures.list("Network Devices");
        firstRecord = fixtures.record(firstList, "core-sw-01", "S3cret!");
        fixtures.record(firstList, "edge-fw-02", "An0ther!");
        assertThat(firstRecord.id()).as("fresh database: first list and first record share id 1").isEqualTo(firstList);
    }

    static Http.Reply call(String method, String path, String key, String body) {
        Request.Builder request = new Request.Builder().url(server.server().url() + path);
        if (key != null) {
            request.header("APIKey", key);
        }
        RequestBody payload = body == null ? null : RequestBody.create(body, MediaType.get("application/json"));
        request.method(method, payload == null && (method.equals("POST") || method.equals("PUT"))
                ? RequestBody.create(new byte[0]) : payload);
        return server.client().send(request);
    }

    static Http.Reply get(String path, String key) {
        return call("GET", path, key, null);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A 2xx answer that is a JSON array; returns its elements. */
    static List<JsonNode> array(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode body = reply.json();
        assertThat(body.isArray()).as("an array: " + reply.body()).isTrue();
        return StreamSupport.stream(body.spliterator(), false).toList();
    }

    /** Passwordstate's error shape: [{"errors": [{"message": ...}, {"phrase": ...}]}]. */
    static String psError(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode body = reply.json();
        assertThat(body.isArray()).as(reply.body()).isTrue();
        assertThat(body).hasSize(1);
        JsonNode errors = body.get(0).get("errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
        assertThat(errors.get(1).get("phrase").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("\"error\":");
        return errors.get(1).get("phrase").asText();
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Map<String, Object> newRecord(long listId, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PasswordListID", listId);
        body.put("Title", title);
        body.put("UserName", "svc-" + title);
        body.put("Password", "Pw-" + title + "-9!");
        body.put("URL", "https://" + title + ".corp");
        body.put("Notes", "made by a script");
        body.put("Domain", "CORP");
        body.put("Description", "router " + title);
        body.put("HostName", title + ".corp");
        return body;
    }

    static List<AuditEvent> audit(String action, long recordId) {
        Http.Reply reply = server.admin().get("/api/admin/v1/audit?platform=API&action=" + action);
        return reply.as(AuditPage.class).events().stream()
                .filter(e -> e.recordId() != null && e.recordId() == recordId).toList();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static PasswordList listOf(long id) {
        return ctx.db().read(sql -> ctx.vault().list(sql, id)).orElseThrow();
    }

    @Test
    void passwordListsAreAnArrayOfPascalCaseLists() {
        long other = fixtures.list(unique("Servers"));
        fixtures.records(other, 3, unique("srv"));

        List<JsonNode> lists = array(get("/api/passwordlists", systemKey), 200);

        assertThat(lists).allSatisfy(l -> assertThat(names(l)).isEqualTo(LIST_FIELDS));
        JsonNode servers = lists.stream().filter(l -> l.get("PasswordListID").asLong() == other).findFirst().orElseThrow();
        assertThat(servers.get("TotalPasswords").asLong()).isEqualTo(3);
        assertThat(servers.get("TreePath").asText()).isEqualTo("\\" + servers.get("PasswordList").asText());
        assertThat(servers.get("Description").asText()).isEqualTo("test list");
    }

    @Test
    void oneListIsAOneElementArray() {
        List<JsonNode> lists = array(get("/api/passwordlists/" + firstList, systemKey), 200);

        assertThat(lists).singleElement().satisfies(l -> {
            assertThat(l.get("PasswordListID").asLong()).isEqualTo(firstList);
            assertThat(l.get("PasswordList").asText()).isEqualTo("Network Devices");
        });
    }

    @Test
    void queryAllReturnsEveryRecordOfTheList() {
        List<JsonNode> records = array(get("/api/passwords/" + firstList + "?QueryAll", systemKey), 200);

        assertThat(records).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(names(r)).isEqualTo(RECORD_FIELDS))
                .allSatisfy(r -> assertThat(r.get("PasswordListID").asLong()).isEqualTo(firstList));
        assertThat(records).extracting(r -> r.get("Title").asText()).contains("core-sw-01", "edge-fw-02");
    }

    @Test
    void withoutQueryAllTheIdIsAPasswordId() {
        List<JsonNode> records = array(get("/api/passwords/" + firstRecord.id(), systemKey), 200);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("PasswordID").asLong()).isEqualTo(firstRecord.id());
            assertThat(r.get("Title").asText()).isEqualTo("core-sw-01");
            assertThat(r.get("Password").asText()).isEqualTo("S3cret!");
            assertThat(r.get("UserName").asText()).isEqualTo("user-core-sw-01");
            assertThat(r.get("PasswordList").asText()).isEqualTo("Network Devices");
            assertThat(r.get("Notes").asText()).isEmpty();
        });
    }

    @Test
    void searchMatchesTitleUserNameAndDescriptionIgnoringCase() {
        long list = fixtures.list(unique("Search"));
        String tag = unique("tag");
        List<JsonNode> created = new ArrayList<>();
        for (String title : List.of("alpha-" + tag, "beta-" + tag, "gamma")) {
            created.add(array(call("POST", "/api/passwords", systemKey, json(newRecord(list, title))), 201).get(0));
        }

        assertThat(array(get("/api/searchpasswords/" + list + "?Title=" + tag.toUpperCase(), systemKey), 200))
                .extracting(r -> r.get("Title").asText()).containsExactlyInAnyOrder("alpha-" + tag, "beta-" + tag);
        assertThat(array(get("/api/searchpasswords/" + list + "?UserName=svc-gamma", systemKey), 200))
                .extracting(r -> r.get("Title").asText()).containsExactly("gamma");
        assertThat(array(get("/api/searchpasswords/" + list + "?description=router%20alpha", systemKey), 200))
                .extracting(r -> r.get("PasswordID").asLong()).containsExactly(created.get(0).get("PasswordID").asLong());
        assertThat(array(get("/api/searchpasswords/" + list + "?Title=no-such-thing", systemKey), 200)).isEmpty();
    }

    @Test
    void everyPasswordHandedOutIsAuditedAsRevealedToTheKey() {
        long list = fixtures.list(unique("Reads"));
        long a = array(call("POST", "/api/passwords", systemKey, json(newRecord(list, "sw-a"))), 201).get(0)
                .get("PasswordID").asLong();
        long b = array(call("POST", "/api/passwords", systemKey, json(newRecord(list, "sw-b"))), 201).get(0)
                .get("PasswordID").asLong();

        array(get("/api/passwords/" + list + "?QueryAll", systemKey), 200);
        array(get("/api/passwords/" + a, systemKey), 200);
        array(get("/api/searchpasswords/" + list + "?Title=sw-b", systemKey), 200);
        psError(get("/api/passwords/" + list + "?QueryAll", "wrong-key"), 403);

        assertThat(audit(AuditActions.PASSWORD_REVEALED, a)).hasSize(2).allSatisfy(e -> {
            assertThat(e.platform()).isEqualTo("API");
            assertThat(e.username()).isEqualTo("APIKey:system");
            assertThat(e.title()).isEqualTo("sw-a");
            assertThat(e.listId()).isEqualTo(list);
            assertThat(e.origin()).isEqualTo("online");
        });
        assertThat(audit(AuditActions.PASSWORD_REVEALED, b)).hasSize(2);
    }

    @Test
    void createdRecordIsReturnedAuditedAsApiAndBumpsTheRevision() {
        long list = fixtures.list(unique("Created"));
        long revisionBefore = ctx.db().read(com.roamvault.server.vault.Revisions::current);

        List<JsonNode> created = array(call("POST", "/api/passwords", systemKey, json(newRecord(list, "rtr-9"))), 201);

        JsonNode r = created.get(0);
        assertThat(created).hasSize(1);
        assertThat(names(r)).isEqualTo(RECORD_FIELDS);
        assertThat(r.get("PasswordListID").asLong()).isEqualTo(list);
        assertThat(r.get("Password").asText()).isEqualTo("Pw-rtr-9-9!");
        assertThat(r.get("HostName").asText()).isEqualTo("rtr-9.corp");
        long id = r.get("PasswordID").asLong();
        VaultRecord stored = ctx.db().read(sql -> ctx.vault().record(sql, id)).orElseThrow();
        assertThat(stored.revision()).isGreaterThan(revisionBefore);
        assertThat(stored.domain()).isEqualTo("CORP");
        assertThat(audit(AuditActions.RECORD_CREATED, id)).singleElement().satisfies(e -> {
            assertThat(e.platform()).isEqualTo("API");
            assertThat(e.username()).isEqualTo("APIKey:system");
            assertThat(e.listId()).isEqualTo(list);
            assertThat(e.title()).isEqualTo("rtr-9");
            assertThat(e.clientIp()).isNotBlank();
        });
    }

    @Test
    void passwordstateFieldsWeDoNotStoreAreAcceptedAndIgnored() {
        long list = fixtures.list(unique("Extras"));
        Map<String, Object> body = newRecord(list, "with-extras");
        body.put("GenericField1", "x");
        body.put("GenericField10", "y");
        body.put("AccountTypeID", 12);
        body.put("ExpiryDate", "2030-01-01");
        body.put("GeneratePassword", false);

        assertThat(array(call("POST", "/api/passwords", systemKey, json(body)), 201)).singleElement()
                .satisfies(r -> assertThat(names(r)).isEqualTo(RECORD_FIELDS));
    }

    @Test
    void fieldNamesMatchIgnoringCaseAsOnPasswordstate() {
        long list = fixtures.list(unique("Case"));

        List<JsonNode> created = array(call("POST", "/api/passwords", systemKey,
                "{\"passwordlistid\": " + list + ", \"title\": \"lower\", \"PASSWORD\": \"Up-9!\"}"), 201);

        assertThat(created.get(0).get("Password").asText()).isEqualTo("Up-9!");
    }

    @Test
    void unknownFieldsAreRejectedAndNothingIsCreated() {
        long list = fixtures.list(unique("Typos"));
        Map<String, Object> body = newRecord(list, "typo");
        body.put("Pasword", "oops");

        String phrase = psError(call("POST", "/api/passwords", systemKey, json(body)), 400);
        String generate = psError(call("POST", "/api/passwords", systemKey,
                json(Map.of("PasswordListID", list, "Title", "gen", "GeneratePassword", true))), 400);

        assertThat(phrase).contains("Pasword");
        assertThat(generate).contains("GeneratePassword");
        assertThat(listOf(list).recordCount()).isZero();
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndIsAudited() {
        long list = fixtures.list(unique("Update"));
        long id = array(call("POST", "/api/passwords", systemKey, json(newRecord(list, "sw-1"))), 201).get(0)
                .get("PasswordID").asLong();
        long revision = ctx.db().read(sql -> ctx.vault().record(sql, id)).orElseThrow().revision();

        List<JsonNode> updated = array(call("PUT", "/api/passwords", systemKey,
                json(Map.of("PasswordID", id, "Password", "Rotated-7!", "GenericField3", "ignored"))), 200);

        assertThat(updated).singleElement().satisfies(r -> {
            assertThat(r.get("Password").asText()).isEqualTo("Rotated-7!");
            assertThat(r.get("Title").asText()).isEqualTo("sw-1");
            assertThat(r.get("UserName").asText()).isEqualTo("svc-sw-1");
        });
        assertThat(ctx.db().read(sql -> ctx.vault().record(sql, id)).orElseThrow().revision()).isGreaterThan(revision);
        assertThat(audit(AuditActions.RECORD_UPDATED, id)).singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("APIKey:system"));
    }

    @Test
    void deleteRemovesTheRecordAndIsAudited() {
        long list = fixtures.list(unique("Delete"));
        long id = array(call("POST", "/api/passwords", systemKey, json(newRecord(list, "old-box"))), 201).get(0)
                .get("PasswordID").asLong();

        List<JsonNode> answer = array(call("DELETE", "/api/passwords/" + id + "?MoveToRecycleBin=False", systemKey,
                null), 200);

        assertThat(answer).hasSize(1);
        assertThat(answer.get(0).toString()).contains("Deleted");
        psError(get("/api/passwords/" + id, systemKey), 404);
        psError(call("DELETE", "/api/passwords/" + id + "?MoveToRecycleBin=False", systemKey, null), 404);
        assertThat(audit(AuditActions.RECORD_DELETED, id)).singleElement()
                .satisfies(e -> assertThat(e.platform()).isEqualTo("API"));
        psError(call("DELETE", "/api/passwords/" + firstRecord.id() + "?MoveToRecycleBin=Maybe", systemKey, null), 400);
    }

    @Test
    void aListKeyReachesOnlyItsOwnList() {
        long mine = fixtures.list(unique("Mine"));
        VaultRecord myRecord = fixtures.record(mine, unique("my-sw"), "Mine-1!");
        String key = listOf(mine).apiKey();

        assertThat(array(get("/api/passwordlists", key), 200)).singleElement()
                .satisfies(l -> assertThat(l.get("PasswordListID").asLong()).isEqualTo(mine));
        assertThat(array(get("/api/passwords/" + mine + "?QueryAll", key), 200)).singleElement()
                .satisfies(r -> assertThat(r.get("PasswordID").asLong()).isEqualTo(myRecord.id()));
        long created = array(call("POST", "/api/passwords", key, json(newRecord(mine, "by-list-key"))), 201).get(0)
                .get("PasswordID").asLong();
        assertThat(audit(AuditActions.RECORD_CREATED, created)).singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("APIKey:list " + mine));

        psError(get("/api/passwordlists/" + firstList, key), 403);
        psError(get("/api/passwords/" + firstList + "?QueryAll", key), 403);
        psError(get("/api/passwords/" + firstRecord.id(), key), 403);
        psError(get("/api/searchpasswords/" + firstList + "?Title=core", key), 403);
        psError(call("POST", "/api/passwords", key, json(newRecord(firstList, "sneaky"))), 403);
        psError(call("PUT", "/api/passwords", key, json(Map.of("PasswordID", firstRecord.id(), "Password", "x"))), 403);
        psError(call("DELETE", "/api/passwords/" + firstRecord.id() + "?MoveToRecycleBin=False", key, null), 403);
        VaultRecord untouched = ctx.db().read(sql -> ctx.vault().record(sql, firstRecord.id())).orElseThrow();
        assertThat(untouched.password()).isEqualTo("S3cret!");
    }

    @Test
    void missingKeyIs401AndWrongKeyIs403InPasswordstateShape() {
        psError(get("/api/passwordlists", null), 401);
        psError(get("/api/passwordlists", " "), 401);
        psError(get("/api/passwordlists", "not-a-key"), 403);
        psError(get("/api/passwordlists", systemKey + "x"), 403);
        psError(get("/api/passwords/" + firstRecord.id(), "x".repeat(5000)), 403);
        psError(call("POST", "/api/passwords", null, json(newRecord(firstList, "anon"))), 401);
        psError(call("DELETE", "/api/passwords/" + firstRecord.id(), "wrong", null), 403);
        psError(get("/api/passwordlists", server.admin().bearer()), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/passwordlists/999999", "/api/passwordlists/abc", "/api/passwords/999999",
            "/api/passwords/999999?QueryAll", "/api/passwords/abc", "/api/searchpasswords/999999?Title=x",
            "/api/passwords/1/extra", "/api/searchpasswords", "/api/passwordlists/1/2/3"})
    void unknownIdsAndPathsAre404InPasswordstateShape(String path) {
        psError(get(path, systemKey), 404);
    }

    @Test
    void updatingOrDeletingAnUnknownRecordIs404() {
        psError(call("PUT", "/api/passwords", systemKey, json(Map.of("PasswordID", 999999, "Title", "x"))), 404);
        psError(call("DELETE", "/api/passwords/999999?MoveToRecycleBin=False", systemKey, null), 404);
        psError(call("POST", "/api/passwords", systemKey, json(newRecord(999999, "nowhere"))), 404);
        psError(call("PATCH", "/api/passwords", systemKey, "{}"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"PasswordListID\": 1, \"Title\": ", "[1, 2]", "", "null", "\"text\"",
            "{\"PasswordListID\": {\"x\": 1}, \"Title\": \"t\"}", "{\"PasswordListID\": 1, \"Title\": [\"t\"]}"})
    void malformedBodiesAre400InPasswordstateShape(String body) {
        long before = listOf(firstList).recordCount();

        psError(call("POST", "/api/passwords", systemKey, body), 400);
        psError(call("PUT", "/api/passwords", systemKey, body), 400);

        assertThat(listOf(firstList).recordCount()).isEqualTo(before);
    }

    @Test
    void missingOrInvalidFieldsAre422InPasswordstateShape() {
        assertThat(psError(call("POST", "/api/passwords", systemKey, json(Map.of("Title", "no list"))), 422))
                .contains("PasswordListID");
        assertThat(psError(call("POST", "/api/passwords", systemKey, json(Map.of("PasswordListID", firstList))), 422))
                .contains("Title");
        assertThat(psError(call("POST", "/api/passwords", systemKey,
                json(Map.of("PasswordListID", firstList, "Title", "t".repeat(501)))), 422)).contains("Title");
        assertThat(psError(call("PUT", "/api/passwords", systemKey, json(Map.of("Title", "x"))), 422))
                .contains("PasswordID");
    }
}
