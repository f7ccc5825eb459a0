package com.roamvault.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.roamvault.protocol.admin.AppServerContact;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.policy.LeaseTerms;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.MasterPasswordChange;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The JSON shapes written in API.md read into our records and write back the same. */
class WireShapesTest {
    private final ObjectMapper json = Json.mapper();

    @Test
    void loginRequestOfApiMdRoundTrips() throws Exception {
        String doc = """
                {"username": "CORP\\\\jsmith", "password": "pw", "deviceId": null,
                 "deviceName": "Pixel 8 (sim)", "platform": "android"}""";
        LoginRequest login = json.readValue(doc, LoginRequest.class);
        assertThat(login.username()).isEqualTo("CORP\\jsmith");
        assertThat(login.deviceId()).isNull();
        assertThat(json.readTree(json.writeValueAsString(login))).isEqualTo(json.readTree(doc));
    }

    @Test
    void syncResponseOfApiMdRoundTrips() throws Exception {
        String doc = """
                {"full": true, "cursor": "c1",
                 "lists": [{"listId": 3, "name": "Network Devices", "canEdit": false}],
                 "records": [{"recordId": 42, "listId": 3, "title": "core-sw-01", "username": "admin",
                   "password": "p", "url": "u", "notes": "n", "domain": "d", "updatedAt": "2026-11-28T10:00:00Z",
                   "version": 7, "otpUri": null}],
                 "removedRecordIds": [7],
                 "lease": {"deviceId": "dev", "username": "CORP\\\\jsmith", "issuedAt": "2026-11-28T10:00:00Z",
                   "expiresAt": "2026-12-12T10:00:00Z", "offlineCacheDays": 14,
                   "terms": {"offlineCacheDays": 14, "offlineLockDays": 0, "biometricUnlockAllowed": true,
                     "maxFailedUnlockAttempts": 10, "autoLockMinutes": 5, "clipboardClearSeconds": 30,
                     "mobileEditMode": "online"},
                   "signature": "c2ln"},
                 "policy": {"mobileAccessEnabled": true, "offlineCacheDays": 14, "offlineLockDays": 0,
                   "biometricUnlockAllowed": true, "masterPasswordMinLength": 12, "masterPasswordMinStrength": 3,
                   "maxFailedUnlockAttempts": 10, "autoLockMinutes": 5, "clipboardClearSeconds": 30,
                   "mobileEditMode": "online"}}""";
        SyncResponse sync = json.readValue(doc, SyncResponse.class);
        assertThat(sync.records().getFirst().updatedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(sync.lease().offlineCacheDays()).isEqualTo(14);
        assertThat(sync.policy()).isEqualTo(MobilePolicy.DEFAULTS);
        assertThat(sync.lease().terms().matches(sync.policy())).isTrue();
        assertThat(json.readTree(json.writeValueAsString(sync))).isEqualTo(json.readTree(doc));
    }

    @Test
    void auditUploadAndResultRoundTrip() throws Exception {
        String doc = """
                {"events": [{"id": "6f1c2b1e-2c1e-4c55-9d7b-2b1f1e0c0a01", "occurredAt": "2026-11-28T10:00:00Z",
                  "action": "RECORD_VIEWED", "result": "success", "recordId": 42, "listId": 3,
                  "origin": "offline", "detail": "x"}]}""";
        AuditUpload upload = json.readValue(doc, AuditUpload.class);
        assertThat(upload.events()).hasSize(1);
        assertThat(json.readTree(json.writeValueAsString(upload))).isEqualTo(json.readTree(doc));
        assertThat(json.writeValueAsString(new AuditUploadResult(1, 0))).isEqualTo("{\"accepted\":1,\"duplicates\":0}");
    }

    @Test
    void auditPageCarriesTheSubjectOfAnAdminsActionAndReadsEventsWithoutOne() throws Exception {
        String doc = """
                {"events": [{"seq": 7, "id": "6f1c2b1e-2c1e-4c55-9d7b-2b1f1e0c0a02", "occurredAt": "2026-11-28T10:00:00Z",
                  "receivedAt": "2026-11-28T10:00:00Z", "username": "admin", "deviceId": "dev-1",
                  "platform": "AdminConsole", "action": "DEVICE_REVOKED", "result": "success", "recordId": null,
                  "listId": null, "title": null, "origin": "online", "clientIp": "10.0.0.5",
                  "detail": "owner=alice name=Pixel", "hash": "ab", "subjectUsername": "alice"}],
                 "next": 6}""";
        AuditPage page = json.readValue(doc, AuditPage.class);
        assertThat(page.events().getFirst().subjectUsername()).isEqualTo("alice");
        assertThat(page.events().getFirst().username()).isEqualTo("admin");
        assertThat(json.readTree(json.writeValueAsString(page))).isEqualTo(json.readTree(doc));

        // an event about nobody: the field is there, null; one from a server before the field reads as null
        JsonNode none = json.readTree(json.writeValueAsString(new AuditEvent(1, "i", null, null, "bob", null,
                "MobileApp", "RECORD_VIEWED", "success", null, null, null, "online", null, null, "h", null)));
        assertThat(none.has("subjectUsername")).isTrue();
        assertThat(none.get("subjectUsername").isNull()).isTrue();
        String older = doc.replace(", \"subjectUsername\": \"alice\"", "");
        assertThat(older).doesNotContain("subjectUsername");
        assertThat(json.readValue(older, AuditPage.class).events().getFirst().subjectUsername()).isNull();
    }

    @Test
    void masterPasswordChangeUsesTheFieldNamedNew() throws Exception {
        MasterPasswordChange change = json.readValue("{\"current\": \"old-secret\", \"new\": \"new-secret\"}", MasterPasswordChange.class);
        assertThat(change.newPassword()).isEqualTo("new-secret");
        assertThat(json.readTree(json.writeValueAsString(change)).has("new")).isTrue();
        assertThat(change.toString()).doesNotContain("old-secret", "new-secret").contains("hidden");
    }

    @Test
    void overridesKeepNullsSoInheritanceIsExplicit() throws Exception {
        JsonNode node = json.readTree(json.writeValueAsString(new MobileOptions(null, 2, null, null, null, null, null, null, null, null)));
        assertThat(node.get("offlineCacheDays").asInt()).isEqualTo(2);
        assertThat(node.get("autoLockMinutes").isNull()).isTrue();
        assertThat(new MobileOptions(null, 2, null, false, null, null, null, null, null, null).over(MobilePolicy.DEFAULTS))
                .isEqualTo(new MobilePolicy(true, 2, 0, false, 12, 3, 10, 5, 30, "online"));
    }

    @Test
    void errorBodyCarriesCodeAndDropsAbsentParts() throws Exception {
        String text = json.writeValueAsString(ApiError.of(ErrorCode.ACCOUNT_LOCKED, "locked"));
        assertThat(text).isEqualTo("{\"error\":\"account_locked\",\"message\":\"locked\"}");
        assertThat(json.readValue(text, ApiError.class).code()).isEqualTo(ErrorCode.ACCOUNT_LOCKED);
        assertThat(ErrorCode.ACCOUNT_LOCKED.status()).isEqualTo(423);
    }

    @Test
    void unknownFieldsAreRejectedByTheStrictMapperOnly() throws Exception {
        String doc = "{\"username\": \"u\", \"password\": \"p\", \"deviceId\": null, \"deviceName\": \"n\", "
                + "\"platform\": \"android\", \"extra\": 1}";
        assertThatThrownBy(() -> json.readValue(doc, LoginRequest.class)).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(Json.lenientMapper().readValue(doc, LoginRequest.class).username()).isEqualTo("u");
    }

    @Test
    void leaseCanonicalFormChangesWithEveryField() {
        Lease lease = new Lease("d", "u", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"), 14,
                null, null);
        assertThat(new String(lease.canonicalBytes())).isEqualTo(
                "roamvault-lease-v1\nd\nu\n2026-01-01T00:00:00Z\n2026-01-15T00:00:00Z\n14");
        assertThat(lease.withSignature("s").canonicalBytes()).isEqualTo(lease.canonicalBytes());
        assertThat(new Lease("d", "u", lease.issuedAt(), lease.expiresAt(), 15, null, null).canonicalBytes())
                .isNotEqualTo(lease.canonicalBytes());
    }

    @Test
    void leaseTermsAreSignedAndTravelAsAnObjectOfTheSignedOptions() throws Exception {
        LeaseTerms terms = LeaseTerms.of(MobilePolicy.DEFAULTS);
        Lease lease = new Lease("d", "u", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"), 14,
                terms, "sig");
        assertThat(new String(lease.canonicalBytes())).isEqualTo("roamvault-lease-v2\nd\nu\n2026-01-01T00:00:00Z\n"
                + "2026-01-15T00:00:00Z\n14\nofflineCacheDays=14\nofflineLockDays=0\nbiometricUnlockAllowed=true\n"
                + "maxFailedUnlockAttempts=10\nautoLockMinutes=5\nclipboardClearSeconds=30\nmobileEditMode=online");
        String doc = json.writeValueAsString(lease);
        assertThat(json.readTree(doc).get("terms").toString()).isEqualTo("{\"offlineCacheDays\":14,\"offlineLockDays\":0,"
                + "\"biometricUnlockAllowed\":true,\"maxFailedUnlockAttempts\":10,\"autoLockMinutes\":5,"
                + "\"clipboardClearSeconds\":30,\"mobileEditMode\":\"online\"}");
        assertThat(json.readValue(doc, Lease.class)).isEqualTo(lease);
        LeaseTerms relaxed = LeaseTerms.of(new MobilePolicy(true, 365, 0, true, 12, 3, 10, 5, 30, "online"));
        assertThat(lease.withSignature(null)).isNotEqualTo(new Lease("d", "u", lease.issuedAt(), lease.expiresAt(), 14,
                relaxed, null));
        assertThat(new Lease("d", "u", lease.issuedAt(), lease.expiresAt(), 14, relaxed, null).canonicalBytes())
                .isNotEqualTo(lease.canonicalBytes());
        assertThatThrownBy(() -> json.readValue(doc.replace("\"clipboardClearSeconds\":30", "\"extra\":30"), Lease.class))
                .hasMessageContaining("exactly");
    }

    @Test
    void serverInfoOfApiMdRoundTripsWithItsAppServersAndThePinsQrCode() throws Exception {
        String doc = """
                {"version": "0.1.0", "uptime": 42, "topology": "dmz-core", "pin": "sha256/core",
                 "leaseKey": "a2V5", "systemApiKey": "k",
                 "appServers": [{"pin": "sha256/one", "lastContactAt": "2026-12-07T09:00:00Z"},
                                {"pin": "sha256/two", "lastContactAt": null}],
                 "pinQrPng": "iVBORw0K"}""";
        ServerInfo info = json.readValue(doc, ServerInfo.class);
        assertThat(info.appServers()).containsExactly(
                new AppServerContact("sha256/one", Instant.parse("2026-12-07T09:00:00Z")),
                new AppServerContact("sha256/two", null));
        assertThat(json.readTree(json.writeValueAsString(info))).isEqualTo(json.readTree(doc));
    }

    @Test
    void aServerInfoWithoutAppServersHasNone() throws Exception {
        ServerInfo info = json.readValue("""
                {"version": "0.1.0", "uptime": 1, "topology": "all-in-one", "pin": "sha256/p",
                 "leaseKey": "a2V5", "systemApiKey": "k"}""", ServerInfo.class);
        assertThat(info.appServers()).isEmpty();
    }

    @Test
    void secretsNeverAppearInToString() {
        assertThat(new LoginRequest("u", "s3cret-value", null, "n", "android").toString()).doesNotContain("s3cret-value");
    }
}
