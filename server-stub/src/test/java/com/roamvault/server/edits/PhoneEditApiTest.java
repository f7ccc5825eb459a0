package com.roamvault.server.edits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordHistory;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.EditConflict;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.Grant;
import com.roamvault.server.vault.VaultRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PUT /api/mobile/v1/records/{id}} (API.md): an edit from the current version is applied and
 * audited by field name; one from an older version is a 409 carrying the current record while the
 * phone's values go into the history as a conflict; every replay of an editId, also in parallel,
 * answers the same and applies once; permission, Mobile Access and mobileEditMode are enforced.
 */
class PhoneEditApiTest {
    static final String MASTER = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    /** A user with a phone, modify (or the given level) with Mobile Access on a list of one record. */
    record Scene(long userId, Phone phone, VaultRecord record) {
        static Scene create(String level) {
            String username = Phone.uniqueUser("edit");
            long userId = fixtures.user(username, MASTER);
            long list = fixtures.list("Edits " + username);
            fixtures.grants(list, new Grant(userId, null, level, true));
            VaultRecord record = fixtures.record(list, "core-sw", "before-" + UUID.randomUUID());
            Phone phone = Phone.login(server, username, MASTER);
            phone.sync();
            return new Scene(userId, phone, record);
        }

        Http.Reply edit(String editId, long baseVersion, String origin, Map<String, String> changes) {
            Map<String, Object> body = new HashMap<>();
            body.put("editId", editId);
            body.put("baseVersion", baseVersion);
            body.put("editedAt", server.clock().instant().toString());
            body.put("origin", origin);
            body.put("changes", changes);
            return phone.http().put("/api/mobile/v1/records/" + record.id(), body);
        }

        RecordDetail now() {
            return server.admin().get("/api/admin/v1/records/" + record.id()).as(RecordDetail.class);
        }

        List<RecordVersion> history() {
            Http.Reply reply = server.admin().get("/api/admin/v1/records/" + record.id() + "/history");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply.as(RecordHistory.class).versions();
        }
    }

    @Test
    void anEditFromTheCurrentVersionIsAppliedAndAuditedByFieldName() {
        Scene s = Scene.create("modify");
        String secret = "typed-on-phone-" + UUID.randomUUID();
        Http.Reply reply = s.edit(UUID.randomUUID().toString(), 1, "online", Map.of("password", secret, "url", "https://x"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        RecordDto answered = reply.as(RecordDto.class);
        assertThat(answered.version()).isEqualTo(2);
        assertThat(answered.password()).isEqualTo(secret);
        assertThat(answered.title()).as("fields left out stay").isEqualTo("core-sw");
        assertThat(s.now().password()).isEqualTo(secret);
        RecordDto synced = s.phone().sync().records().stream().filter(r -> r.recordId() == s.record().id())
                .findFirst().orElseThrow();
        assertThat(synced).as("the answer is the record as sync sends it").isEqualTo(answered);

        AuditRows.Row event = only(AuditRows.of(server, AuditActions.RECORD_UPDATED, s.phone().username()));
        assertThat(event.platform()).isEqualTo("MobileApp");
        assertThat(event.origin()).isEqualTo("online");
        assertThat(event.deviceId()).isEqualTo(s.phone().deviceId());
        assertThat(event.recordId()).isEqualTo(s.record().id());
        assertThat(event.detail()).contains("password").contains("url").doesNotContain(secret);
        RecordVersion kept = only(s.history());
        assertThat(kept.version()).isEqualTo(1);
        assertThat(kept.password()).isEqualTo(s.record().password());
        assertThat(kept.conflict()).isFalse();
    }

    @Test
    void aStaleEditIsAConflictThatKeepsTheServersVersionAndThePhonesInTheHistory() {
        Scene s = Scene.create("modify");
        server.admin().put("/api/admin/v1/records/" + s.record().id(), Map.of("password", "admin-wins"));
        Http.Reply reply = s.edit(UUID.randomUUID().toString(), 1, "online", Map.of("password", "phone-typed"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("edit_conflict");
        EditConflict conflict = reply.as(EditConflict.class);
        assertThat(conflict.message()).isNotBlank();
        assertThat(conflict.current().version()).isEqualTo(2);
        assertThat(conflict.current().password()).isEqualTo("admin-wins");
        assertThat(s.now().password()).isEqualTo("admin-wins");
        assertThat(s.now().version()).isEqualTo(2);

        List<RecordVersion> history = s.history();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).conflict()).as("newest first: the phone's lost edit").isTrue();
        assertThat(history.get(0).password()).isEqualTo("phone-typed");
        assertThat(history.get(0).title()).isEqualTo("core-sw");
        assertThat(history.get(0).platform()).isEqualTo("MobileApp");
        assertThat(history.get(0).changedBy()).isEqualTo(s.phone().username());
        assertThat(history.get(1).conflict()).isFalse();
        AuditRows.Row event = only(AuditRows.of(server, AuditActions.RECORD_EDIT_CONFLICT, s.phone().username()));
        assertThat(event.detail()).contains("password").doesNotContain("phone-typed");
    }

    @Test
    void aReplayAnswersTheSameAndIsAppliedOnceAlsoForAConflict() {
        Scene s = Scene.create("admin");
        String editId = UUID.randomUUID().toString();
        Http.Reply first = s.edit(editId, 1, "online", Map.of("notes", "first"));
        Http.Reply again = s.edit(editId, 1, "online", Map.of("notes", "first"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(s.now().version()).isEqualTo(2);

        String stale = UUID.randomUUID().toString();
        Http.Reply conflict = s.edit(stale, 1, "online", Map.of("notes", "late"));
        server.admin().put("/api/admin/v1/records/" + s.record().id(), Map.of("notes", "admin"));
        Http.Reply conflictAgain = s.edit(stale, 1, "online", Map.of("notes", "late"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflictAgain.status()).isEqualTo(409);
        assertThat(conflictAgain.body()).as("what the first call answered").isEqualTo(conflict.body());
        assertThat(s.history().stream().filter(RecordVersion::conflict)).hasSize(1);
        assertThat(AuditRows.of(server, AuditActions.RECORD_UPDATED, s.phone().username())).hasSize(1);
        assertThat(AuditRows.of(server, AuditActions.RECORD_EDIT_CONFLICT, s.phone().username())).hasSize(1);
        String stored = fixtures.wiring().db().read(sql -> sql.one("SELECT answer FROM mobile_edits WHERE edit_id = ?",
                rs -> rs.getString(1), editId)).orElseThrow();
        assertThat(stored).as("a kept answer holds secrets: sealed").startsWith("rv").doesNotContain("first");
    }

    @Test
    void parallelReplaysOfOneEditApplyItOnceAndAllAnswerTheSame() throws Exception {
        Scene s = Scene.create("modify");
        String editId = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Http.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> s.edit(editId, 1, "online",
                        Map.of("password", "raced-" + editId)));
            }
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> f : pool.invokeAll(calls)) {
                replies.add(f.get());
            }
            assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
            assertThat(replies.stream().map(Http.Reply::body).distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.now().version()).isEqualTo(2);
        assertThat(s.history()).hasSize(1);
        assertThat(AuditRows.of(server, AuditActions.RECORD_UPDATED, s.phone().username())).hasSize(1);
    }

    @Test
    void permissionAndEditModeDecideWhoMayEdit() {
        Scene viewer = Scene.create("view");
        assertForbidden(viewer.edit(UUID.randomUUID().toString(), 1, "online", Map.of("password", "x")));

        Scene s = Scene.create("modify");
        editMode(s.userId(), "off");
        assertForbidden(s.edit(UUID.randomUUID().toString(), 1, "online", Map.of("password", "x")));
        editMode(s.userId(), "online");
        assertForbidden(s.edit(UUID.randomUUID().toString(), 1, "offline", Map.of("password", "x")));
        assertThat(s.now().version()).as("nothing applied").isEqualTo(1);
        editMode(s.userId(), "offline");
        Http.Reply offline = s.edit(UUID.randomUUID().toString(), 1, "offline", Map.of("password", "queued"));
        assertThat(offline.status()).as(offline.toString()).isEqualTo(200);
        assertThat(only(AuditRows.of(server, AuditActions.RECORD_UPDATED, s.phone().username())).origin())
                .isEqualTo("offline");
        Http.Reply online = s.edit(UUID.randomUUID().toString(), 2, "online", Map.of("title", "renamed"));
        assertThat(online.status()).as("offline mode allows online edits too").isEqualTo(200);

        Scene noMobile = Scene.create("modify");
        fixtures.grants(noMobile.record().listId(), new Grant(noMobile.userId(), null, "modify", false));
        assertForbidden(noMobile.edit(UUID.randomUUID().toString(), 1, "online", Map.of("password", "x")));
    }

    @Test
    void malformedEditsAre422NamingTheFieldAndUnknownRecords404() {
        Scene s = Scene.create("modify");
        assertField(s.edit(UUID.randomUUID().toString(), 1, "online", Map.of("otpUri", "otpauth://hotp/x?secret=AA")),
                "otpUri");
        assertField(s.edit(UUID.randomUUID().toString(), 1, "online", Map.of("title", "t".repeat(501))), "title");
        assertField(s.edit(UUID.randomUUID().toString(), 1, "online", Map.of()), "changes");
        assertField(s.edit(null, 1, "online", Map.of("notes", "n")), "editId");
        assertField(s.edit(UUID.randomUUID().toString(), 1, "sideways", Map.of("notes", "n")), "origin");
        assertField(s.edit(UUID.randomUUID().toString(), 0, "online", Map.of("notes", "n")), "baseVersion");
        assertThat(s.now().version()).isEqualTo(1);
        Http.Reply missing = s.phone().http().put("/api/mobile/v1/records/999999", Map.of("editId", "e",
                "baseVersion", 1, "origin", "online", "changes", Map.of("notes", "n")));
        assertThat(missing.status()).isEqualTo(404);
    }

    static void assertForbidden(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("forbidden");
    }

    static void assertField(Http.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        JsonNode fields = reply.json().get("fields");
        assertThat(fields.has(field)).as(reply.body()).isTrue();
    }

    static void editMode(long userId, String mode) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("mobileEditMode", mode);
        Http.Reply reply = server.admin().put("/api/admin/v1/users/" + userId + "/mobile",
                Map.of("overrides", overrides));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
