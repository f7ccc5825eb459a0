package com.roamvault.client.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordEdit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A phone's edit through the client: applied, a typed conflict with the current record, a refusal; history and restore. */
class RecordEditClientTest {
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
    void editsComeBackAppliedOrAsAConflictAndTheHistoryRestores() throws RoamvaultClientException {
        String username = "CORP\\editor-" + UUID.randomUUID().toString().substring(0, 6);
        long userId = admin.users().create(username, TestServer.MASTER_PASSWORD).id();
        long listId = admin.lists().create("Editable " + username, "x").listId();
        long recordId = admin.records().create(listId,
                new RecordRequest("fw-01", "admin", "first-pw", null, null, null, null, null)).recordId();
        admin.lists().grant(listId, ListsApi.mobileGrant(userId, "modify"));
        MobileClient phone = RoamvaultClient.connect(server.url(), server.pin()).mobile();
        String token = phone.login(new LoginRequest(username, TestServer.MASTER_PASSWORD, null, "Pixel", "android"))
                .accessToken();
        assertThat(phone.sync(token, null).lists()).singleElement().satisfies(l -> assertThat(l.canEdit()).isTrue());

        EditResult applied = phone.editRecord(token, recordId, edit(1, "from-phone"));
        assertThat(applied).isInstanceOfSatisfying(EditResult.Applied.class, a -> {
            assertThat(a.record().version()).isEqualTo(2);
            assertThat(a.record().password()).isEqualTo("from-phone");
        });

        EditResult conflict = phone.editRecord(token, recordId, edit(1, "stale"));
        assertThat(conflict).isInstanceOfSatisfying(EditResult.Conflict.class, c -> {
            assertThat(c.current().version()).isEqualTo(2);
            assertThat(c.current().password()).isEqualTo("from-phone");
            assertThat(c.message()).isNotBlank();
        });

        List<RecordVersion> history = admin.records().history(recordId);
        assertThat(history).extracting(RecordVersion::password).containsExactly("stale", "first-pw");
        assertThat(history.get(0).conflict()).isTrue();
        RecordDetail restored = admin.records().restore(recordId, 1);
        assertThat(restored.password()).isEqualTo("first-pw");
        assertThat(restored.version()).isEqualTo(3);

        assertThatThrownBy(() -> phone.editRecord(token, recordId, new RecordEdit(UUID.randomUUID().toString(), 3,
                Instant.now(), "online", new RecordChanges(null, null, null, null, null, "otpauth://nope"))))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.is(ErrorCode.VALIDATION_FAILED)).isTrue();
                    assertThat(e.fields()).containsKey("otpUri");
                });
        admin.settings().patchUserOverrides(userId, java.util.Map.of("mobileEditMode", "off"));
        assertThatThrownBy(() -> phone.editRecord(token, recordId, edit(3, "not allowed")))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> assertThat(e.is(ErrorCode.FORBIDDEN))
                        .isTrue());
    }

    private static RecordEdit edit(long baseVersion, String password) {
        return new RecordEdit(UUID.randomUUID().toString(), baseVersion, Instant.now(), "online",
                new RecordChanges(null, null, password, null, null, null));
    }
}
