package com.roamvault.server.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, records: every change through the admin and Passwordstate APIs bumps the record's
 * version, the OTP secret travels through both APIs and sync and is sealed at rest, a malformed one
 * is a 422 naming the field, and lists tell the phone whether it may edit them.
 */
class RecordVersionsApiTest {
    static final String MASTER = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    /** A TOTP URI with a fresh random base32 secret (the secret is what must never be readable at rest). */
    static String otpUri(String secret) {
        return "otpauth://totp/Corp:jsmith?secret=" + secret + "&issuer=Corp&digits=6&period=30&algorithm=SHA1";
    }

    static String randomSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder sb = new StringBuilder();
        java.util.Random random = new java.security.SecureRandom();
        for (int i = 0; i < 32; i++) {
            sb.append(alphabet.charAt(random.nextInt(32)));
        }
        return sb.toString();
    }

    @Test
    void everyChangeBumpsTheVersionAndTheOtpUriReachesThePhone() {
        String username = Phone.uniqueUser("ver");
        long userId = fixtures.user(username, MASTER);
        long list = fixtures.list("Versions " + username);
        fixtures.grantUser(list, userId, true);
        String uri = otpUri(randomSecret());
        Http.Reply created = server.admin().post("/api/admin/v1/lists/" + list + "/records",
                Map.of("title", "vpn", "password", "first-pw", "otpUri", uri));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        RecordDetail record = created.as(RecordDetail.class);
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.otpUri()).isEqualTo(uri);

        RecordDetail changed = server.admin().put("/api/admin/v1/records/" + record.recordId(),
                Map.of("password", "second-pw")).as(RecordDetail.class);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.otpUri()).as("a field left out stays").isEqualTo(uri);

        Http.Reply viaApi = ps("PUT", "/api/passwords", Map.of("PasswordID", record.recordId(), "Notes", "via api"));
        assertThat(viaApi.status()).as(viaApi.toString()).isEqualTo(200);
        assertThat(viaApi.json().get(0).get("OTPUri").asText()).isEqualTo(uri);
        assertThat(server.admin().get("/api/admin/v1/records/" + record.recordId()).as(RecordDetail.class).version())
                .isEqualTo(3);

        SyncResponse sync = Phone.login(server, username, MASTER).sync();
        RecordDto onPhone = sync.records().stream().filter(r -> r.recordId() == record.recordId()).findFirst()
                .orElseThrow();
        assertThat(onPhone.version()).isEqualTo(3);
        assertThat(onPhone.otpUri()).isEqualTo(uri);
        assertThat(onPhone.notes()).isEqualTo("via api");

        RecordDetail cleared = server.admin().put("/api/admin/v1/records/" + record.recordId(),
                Map.of("otpUri", "")).as(RecordDetail.class);
        assertThat(cleared.otpUri()).as("an empty otpUri removes the secret").isNull();
        assertThat(cleared.version()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a uri", "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=1",
            "otpauth://totp/x?secret=not-base32!", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=9",
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5", "otpauth://totp/x"})
    void aMalformedOtpUriIsA422NamingTheFieldOnBothApis(String bad) {
        long list = fixtures.list("Bad OTP " + UUID.randomUUID());
        Http.Reply refused = server.admin().post("/api/admin/v1/lists/" + list + "/records",
                Map.of("title", "t", "otpUri", bad));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.error()).isEqualTo("validation_failed");
        assertThat(refused.json().get("fields").get("otpUri").asText()).isNotBlank();

        VaultRecord record = fixtures.record(list, "kept", "pw");
        Http.Reply update = server.admin().put("/api/admin/v1/records/" + record.id(), Map.of("otpUri", bad));
        assertThat(update.status()).as(update.toString()).isEqualTo(422);
        assertThat(update.json().get("fields").has("otpUri")).isTrue();

        Http.Reply psCreate = ps("POST", "/api/passwords", Map.of("PasswordListID", list, "Title", "t", "OTPUri", bad));
        assertThat(psCreate.status()).as(psCreate.toString()).isEqualTo(422);
        JsonNode errors = psCreate.json().get(0).get("errors");
        assertThat(errors.get(1).get("phrase").asText()).contains("OTPUri");
        Http.Reply psUpdate = ps("PUT", "/api/passwords", Map.of("PasswordID", record.id(), "OTPUri", bad));
        assertThat(psUpdate.status()).as(psUpdate.toString()).isEqualTo(422);

        RecordDetail after = server.admin().get("/api/admin/v1/records/" + record.id()).as(RecordDetail.class);
        assertThat(after.version()).as("nothing was written").isEqualTo(1);
        assertThat(after.otpUri()).isNull();
        assertThat(server.admin().get("/api/admin/v1/lists/" + list + "/records").json().get("records")).hasSize(1);
    }

    @Test
    void theOtpSecretAndEarlierVersionsAreSealedInTheDatabase() {
        long list = fixtures.list("Sealed OTP " + UUID.randomUUID());
        String secret = randomSecret();
        String oldPassword = "old-" + UUID.randomUUID();
        long id = server.admin().post("/api/admin/v1/lists/" + list + "/records",
                Map.of("title", "sealed", "password", oldPassword, "otpUri", otpUri(secret), "notes", "old-note"))
                .json().get("recordId").asLong();
        server.admin().put("/api/admin/v1/records/" + id, Map.of("password", "new-pw", "notes", "new-note"));
        List<String> raw = fixtures.wiring().db().read(sql -> sql.query(
                "SELECT r.otp_uri, h.password, h.notes, h.otp_uri FROM records r JOIN record_history h "
                        + "ON h.record_id = r.id WHERE r.id = ?",
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id)).get(0);
        assertThat(raw).allSatisfy(v -> assertThat(v).startsWith("rv").doesNotContain(secret)
                .doesNotContain(oldPassword).doesNotContain("old-note"));
        assertThat(server.admin().get("/api/admin/v1/records/" + id).json().get("otpUri").asText()).contains(secret);
    }

    @Test
    void listsCarryCanEditByPermissionLevelAndEditMode() {
        String username = Phone.uniqueUser("canedit");
        long userId = fixtures.user(username, MASTER);
        long group = fixtures.group("editors " + username, userId);
        long view = fixtures.list("View " + username);
        long modify = fixtures.list("Modify " + username);
        long admin = fixtures.list("Admin via group " + username);
        long mixed = fixtures.list("View with mobile, modify without " + username);
        fixtures.grants(view, new Grant(userId, null, "view", true));
        fixtures.grants(modify, new Grant(userId, null, "modify", true));
        fixtures.grants(admin, new Grant(null, group, "admin", true));
        fixtures.grants(mixed, new Grant(userId, null, "view", true), new Grant(null, group, "modify", false));
        Phone phone = Phone.login(server, username, MASTER);

        assertThat(canEdit(phone.sync())).containsExactlyInAnyOrderEntriesOf(
                Map.of(view, false, modify, true, admin, true, mixed, false));
        editMode(userId, "off");
        assertThat(canEdit(phone.sync())).containsExactlyInAnyOrderEntriesOf(
                Map.of(view, false, modify, false, admin, false, mixed, false));
        editMode(userId, "offline");
        assertThat(canEdit(phone.sync())).containsExactlyInAnyOrderEntriesOf(
                Map.of(view, false, modify, true, admin, true, mixed, false));
    }

    static Map<Long, Boolean> canEdit(SyncResponse sync) {
        return sync.lists().stream().collect(Collectors.toMap(ListDto::listId, ListDto::canEdit));
    }

    static void editMode(long userId, String mode) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("mobileEditMode", mode);
        Http.Reply reply = server.admin().put("/api/admin/v1/users/" + userId + "/mobile",
                Map.of("overrides", overrides));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    static Http.Reply ps(String method, String path, Object body) {
        String json;
        try {
            json = com.roamvault.protocol.Json.mapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return server.client().send(new Request.Builder().url(server.server().url() + path)
                .header("APIKey", fixtures.wiring().keys().systemApiKey())
                .method(method, RequestBody.create(json, MediaType.get("application/json"))));
    }
}
