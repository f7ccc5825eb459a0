package com.roamvault.client.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.pairing.PairingUri;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a phone does, from the pairing code the admin hands out to the audit it sends back. */
class MobileFlowTest {
    private static TestServer server;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws RoamvaultClientException {
        server = TestServer.start();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pairingCodeLoginSyncAndAuditUpload() throws RoamvaultClientException {
        String username = "CORP\\phone";
        long userId = admin.users().create(username, TestServer.MASTER_PASSWORD).id();
        long listId = admin.lists().create("Network", "switches").listId();
        long recordId = admin.records().create(listId,
                new RecordRequest("core-sw-01", "admin", "Sw1tch-Secret", null, null, null, null, null)).recordId();
        admin.lists().grant(listId, ListsApi.mobileGrant(userId, "view"));
        admin.settings().patchUserOverrides(userId, Map.of("offlineCacheDays", 3));

        // the phone knows only what the pairing code tells it
        PairingUri pairing = PairingUri.parse(admin.users().pairingCode(userId).uri());
        assertThat(pairing.pin()).isEqualTo(server.pin());
        MobileClient phone = RoamvaultClient.connect(pairing.server().toString(), pairing.pin()).mobile();

        LoginResponse login = phone.login(new LoginRequest(pairing.user(), TestServer.MASTER_PASSWORD, null,
                "Pixel 8 (test)", "android"));
        assertThat(login.deviceId()).isNotBlank();
        assertThat(login.policy().offlineCacheDays()).isEqualTo(3);
        assertThat(phone.policy(login.accessToken()).offlineCacheDays()).isEqualTo(3);

        SyncResponse full = phone.sync(login.accessToken(), null);
        assertThat(full.full()).isTrue();
        assertThat(full.records()).singleElement().satisfies(r -> {
            assertThat(r.recordId()).isEqualTo(recordId);
            assertThat(r.password()).isEqualTo("Sw1tch-Secret");
        });
        assertThat(full.lease().offlineCacheDays()).isEqualTo(3);
        assertThat(phone.sync(login.accessToken(), full.cursor()).full()).isFalse();

        AuditUploadEvent viewed = new AuditUploadEvent(UUID.randomUUID().toString(), Instant.now(),
                AuditActions.RECORD_VIEWED, "success", recordId, listId, "offline", null);
        assertThat(phone.uploadAudit(login.accessToken(), List.of(viewed))).isEqualTo(new AuditUploadResult(1, 0));
        assertThat(phone.uploadAllAudit(login.accessToken(), List.of(viewed))).isEqualTo(new AuditUploadResult(0, 1));

        List<AuditEvent> seen = admin.audit().all(AuditFilter.ALL.withUser(username).withAction(AuditActions.RECORD_VIEWED));
        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(viewed.id());
            assertThat(e.origin()).isEqualTo("offline");
        });
        assertThat(admin.devices().list(username)).singleElement()
                .satisfies(d -> assertThat(d.deviceId()).isEqualTo(login.deviceId()));
    }

    @Test
    void revokedDeviceAndWeakMasterPasswordAreTypedErrors() throws RoamvaultClientException {
        String username = "CORP\\revoked";
        admin.users().create(username, TestServer.MASTER_PASSWORD);
        MobileClient phone = server.client().mobile();
        LoginResponse login = phone.login(new LoginRequest(username, TestServer.MASTER_PASSWORD, null, "Phone", "ios"));

        assertThatThrownBy(() -> phone.changeMasterPassword(login.accessToken(), TestServer.MASTER_PASSWORD, "short"))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.WEAK_PASSWORD);
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.reasons()).isNotEmpty();
                });

        admin.devices().revoke(login.deviceId());
        assertThatThrownBy(() -> phone.sync(login.accessToken(), null))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RoamvaultClientException.Kind.API);
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.DEVICE_REVOKED);
                    assertThat(e.unreachable()).isFalse();
                });
    }
}
