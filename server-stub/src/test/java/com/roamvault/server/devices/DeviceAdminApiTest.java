package com.roamvault.server.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeviceAdminApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    private static String newUser() {
        String username = Phone.uniqueUser("owner");
        fixtures.user(username, PASSWORD);
        return username;
    }

    private static JsonNode devicesOf(String username) {
        Http.Reply reply = server.admin().get("/api/admin/v1/devices?user="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("devices");
    }

    @Test
    void devicesOfAUserAreListedNewestFirstWithTheirLastSyncAndLease() {
        String username = newUser();
        Phone older = Phone.login(server, username, PASSWORD);
        server.clock().advance(Duration.ofMinutes(1));
        Phone newer = Phone.login(server, username, PASSWORD);
        var lease = newer.sync().lease();

        JsonNode devices = devicesOf(username);

        assertThat(devices).hasSize(2);
        assertThat(devices.get(0).get("deviceId").asText()).isEqualTo(newer.deviceId());
        assertThat(devices.get(1).get("deviceId").asText()).isEqualTo(older.deviceId());
        assertThat(devices.get(0).get("username").asText()).isEqualTo(username);
        assertThat(devices.get(0).get("lastSyncAt").asText()).isEqualTo(lease.issuedAt().toString());
        assertThat(devices.get(0).get("leaseExpiresAt").asText()).isEqualTo(lease.expiresAt().toString());
        assertThat(devices.get(1).get("lastSyncAt").isNull()).isTrue();
        assertThat(devices.get(1).get("status").asText()).isEqualTo("active");
        assertThat(devicesOf("CORP\\nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(server.admin().get("/api/admin/v1/devices").json().get("devices").size())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRevokedDeviceIsToldSoAtItsNextContactAndCannotLogInAgain() {
        String username = newUser();
        Phone phone = Phone.login(server, username, PASSWORD);
        phone.sync();
        Phone otherPhone = Phone.login(server, username, PASSWORD);

        Http.Reply revoke = server.admin().post("/api/admin/v1/devices/" + phone.deviceId() + "/revoke", Map.of());

        assertThat(revoke.status()).isEqualTo(200);
        assertThat(revoke.json().get("deviceId").asText()).isEqualTo(phone.deviceId());
        assertThat(revoke.json().get("status").asText()).isEqualTo("revoked");
        for (Http.Reply reply : List.of(phone.syncReply(phone.cursor()), phone.http().get("/api/mobile/v1/policy"),
                phone.http().post("/api/mobile/v1/audit", Map.of("events", List.of())),
                Phone.loginReply(server, username, PASSWORD, phone.deviceId()))) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.error()).isEqualTo("device_revoked");
        }
        assertThat(otherPhone.sync().full()).isTrue();
        Http.Reply fresh = Phone.loginReply(server, username, PASSWORD, null);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.as(LoginResponse.class).deviceId()).isNotEqualTo(phone.deviceId());

        assertThat(AuditRows.where(server, "action = ? AND device_id = ?", AuditActions.DEVICE_REVOKED,
                phone.deviceId())).singleElement().satisfies(r -> {
                    assertThat(r.platform()).isEqualTo("AdminConsole");
                    assertThat(r.username()).isEqualTo("admin");
                    assertThat(r.detail()).contains("owner=" + username);
                });
        assertThat(AuditRows.of(server, AuditActions.LOGIN_FAILED, username)).extracting(AuditRows.Row::detail)
                .containsExactly("reason=device_revoked");
    }

    @Test
    void revokingTwiceIsHarmlessAndAuditedOnce() {
        Phone phone = Phone.login(server, newUser(), PASSWORD);
        String path = "/api/admin/v1/devices/" + phone.deviceId() + "/revoke";

        assertThat(server.admin().post(path, Map.of()).status()).isEqualTo(200);
        Http.Reply again = server.admin().post(path, Map.of());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("revoked");
        assertThat(AuditRows.where(server, "action = ? AND device_id = ?", AuditActions.DEVICE_REVOKED,
                phone.deviceId())).hasSize(1);
    }

    @Test
    void unknownOrMalformedDeviceIdsAreNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "..%2F..%2Fetc")) {
            Http.Reply reply = server.admin().post("/api/admin/v1/devices/" + id + "/revoke", Map.of());
            assertThat(reply.status()).as(id).isEqualTo(404);
            assertThat(reply.error()).isEqualTo("not_found");
        }
    }

    @Test
    void onlySecurityAdministratorsSeeOrRevokeDevices() {
        Phone phone = Phone.login(server, newUser(), PASSWORD);

        assertThat(server.client().get("/api/admin/v1/devices").error()).isEqualTo("unauthorized");
        assertThat(phone.http().get("/api/admin/v1/devices").error()).isEqualTo("forbidden");
        assertThat(phone.http().post("/api/admin/v1/devices/" + phone.deviceId() + "/revoke", Map.of()).error())
                .isEqualTo("forbidden");
        assertThat(phone.http().get("/api/mobile/v1/policy").status()).isEqualTo(200);
    }
}
