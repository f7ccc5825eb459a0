package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.engine.edit.EditConflictException;
import com.roamvault.device.engine.edit.EditOutcome;
import com.roamvault.device.engine.edit.PhoneConflict;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Edits from the phone against the real server: online, refused, conflicting, queued offline and replayed. */
class PhoneEditsTest {
    static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    static Lab.TestUser editor(String mode) {
        Lab.TestUser user = lab.user(2);
        AdminCall.run("grant", () -> lab.admin().lists().grant(user.listId(), ListsApi.mobileGrant(user.userId(),
                "modify")));
        AdminCall.run("mode", () -> lab.admin().settings().patchUserOverrides(user.userId(),
                Map.of("mobileEditMode", mode)));
        return user;
    }

    static RecordChanges password(String p) {
        return new RecordChanges(null, null, p, null, null, null);
    }

    static String code(Runnable action) {
        try {
            action.run();
        } catch (DeviceException e) {
            return e.code();
        }
        throw new AssertionError("expected the action to fail");
    }

    static String serverPassword(long recordId) {
        return AdminCall.run("get", () -> lab.admin().records().get(recordId)).password();
    }

    @Test
    void anOnlineEditIsAppliedAtOnceAndTheOldVersionGoesIntoTheHistory() {
        Lab.TestUser user = editor("online");
        Device phone = lab.loggedIn(user, "edit-online");
        RecordDto r = phone.records().getFirst();
        assertThat(phone.edits().canEdit(r.recordId())).isTrue();
        EditOutcome out = phone.edits().edit(r.recordId(), password("typed-online-77"));
        assertThat(out.kind()).isEqualTo(EditOutcome.Kind.APPLIED);
        assertThat(out.record().version()).isGreaterThan(r.version());
        assertThat(phone.findByTitle(r.title()).orElseThrow().password()).isEqualTo("typed-online-77");
        assertThat(serverPassword(r.recordId())).isEqualTo("typed-online-77");
        assertThat(AdminCall.run("history", () -> lab.admin().records().history(r.recordId()))).hasSize(1);
        assertThat(lab.audit(user.username(), "RECORD_UPDATED", "online")).hasSize(1);
    }

    @Test
    void aViewOnlyListOrEditsSwitchedOffAreRefusedOnThePhoneWithoutAsking() {
        Lab.TestUser viewer = lab.user(1);
        Device phone = lab.loggedIn(viewer, "edit-view-only");
        long id = phone.records().getFirst().recordId();
        assertThat(phone.edits().canEdit(id)).isFalse();
        assertThat(code(() -> phone.edits().edit(id, password("x-typed-1")))).isEqualTo("edit_not_allowed");
        assertThat(phone.snapshot().lastError()).isEqualTo("edit_not_allowed");

        Lab.TestUser off = editor("off");
        Device offPhone = lab.loggedIn(off, "edit-off");
        long offId = offPhone.records().getFirst().recordId();
        assertThat(offPhone.edits().canEdit(offId)).isFalse();
        assertThat(code(() -> offPhone.edits().edit(offId, password("x-typed-2")))).isEqualTo("edit_not_allowed");
        assertThat(serverPassword(offId)).isNotEqualTo("x-typed-2");
        assertThat(lab.audit(off.username(), "RECORD_UPDATED", null)).isEmpty();
    }

    @Test
    void anEditWithoutAConnectionIsRefusedWhenEditsAreOnlineOnly() {
        Lab.TestUser user = editor("online");
        Device phone = lab.loggedIn(user, "edit-online-only");
        long id = phone.records().getFirst().recordId();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        assertThat(code(() -> phone.edits().edit(id, password("never-queued-3")))).isEqualTo("edit_not_allowed");
        assertThat(phone.snapshot().pendingEdits()).isZero();
    }

    @Test
    void aStaleEditIsAConflictTheServersValuesStayAndThePhonesGoIntoTheHistory() {
        Lab.TestUser user = editor("online");
        Device phone = lab.loggedIn(user, "edit-conflict");
        RecordDto r = phone.records().getFirst();
        AdminCall.run("update", () -> lab.admin().records().update(r.recordId(),
                new RecordRequest(null, null, "admin-changed-4", null, null, null, null, null)));
        assertThatThrownBy(() -> phone.edits().edit(r.recordId(), password("phone-typed-4")))
                .isInstanceOf(EditConflictException.class)
                .extracting(e -> ((DeviceException) e).code()).isEqualTo("edit_conflict");
        assertThat(phone.snapshot().conflicts()).isEqualTo(1);
        PhoneConflict c = phone.edits().conflicts().getFirst();
        assertThat(c.mine().password()).isEqualTo("phone-typed-4");
        assertThat(c.current().password()).isEqualTo("admin-changed-4");
        assertThat(phone.findByTitle(r.title()).orElseThrow().password()).isEqualTo("admin-changed-4");
        assertThat(serverPassword(r.recordId())).isEqualTo("admin-changed-4");
        assertThat(AdminCall.run("history", () -> lab.admin().records().history(r.recordId())))
                .filteredOn(RecordVersion::conflict).extracting(RecordVersion::password).containsExactly("phone-typed-4");
        phone.edits().dismissConflicts();
        assertThat(phone.snapshot().conflicts()).isZero();
    }

    @Test
    void theServerRefusingTheEditIsForbiddenAndTheCacheIsUnchanged() {
        Lab.TestUser user = editor("online");
        Device phone = lab.loggedIn(user, "edit-forbidden");
        RecordDto r = phone.records().getFirst();
        AdminCall.run("grant", () -> lab.admin().lists().grant(user.listId(), ListsApi.mobileGrant(user.userId(),
                "view")));
        assertThat(phone.edits().canEdit(r.recordId())).as("the phone has not synced yet").isTrue();
        assertThat(code(() -> phone.edits().edit(r.recordId(), password("refused-5")))).isEqualTo("forbidden");
        assertThat(phone.findByTitle(r.title()).orElseThrow().password()).isEqualTo(r.password());
        phone.sync();
        assertThat(phone.edits().canEdit(r.recordId())).isFalse();
    }

    @Test
    void anOfflineEditIsQueuedEncryptedSurvivesLockAndRestartAndIsSentOnceOverAFlakyNetwork() throws Exception {
        Lab.TestUser user = editor("offline");
        Path folder = Files.createTempDirectory("rv-edit-queue");
        Device phone = lab.device("edit-queue", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        RecordDto r = phone.records().getFirst();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        String typed = "Queued-Secret-Zebra-6142";
        EditOutcome out = phone.edits().edit(r.recordId(), password(typed));
        assertThat(out.kind()).isEqualTo(EditOutcome.Kind.QUEUED);
        assertThat(phone.edits().isPending(r.recordId())).isTrue();
        assertThat(phone.findByTitle(r.title()).orElseThrow().password()).isEqualTo(typed);
        assertThat(phone.snapshot().pendingEdits()).isEqualTo(1);
        phone.lock();
        phone.close();
        assertThat(folderContains(folder, typed)).as("the typed password is nowhere plain on disk").isFalse();

        Device again = lab.device("edit-queue", folder);
        again.qa().setNetwork(NetworkMode.OFFLINE);
        again.unlockWithPassword(user.password());
        assertThat(again.snapshot().pendingEdits()).isEqualTo(1);
        assertThat(again.findByTitle(r.title()).orElseThrow().password()).isEqualTo(typed);
        again.qa().setFlaky(0.5, 42L);
        for (int i = 0; i < 40 && again.snapshot().pendingEdits() > 0; i++) {
            try {
                again.sync();
            } catch (DeviceException e) {
                assertThat(e.code()).isEqualTo("network_unavailable");
            }
        }
        again.qa().setNetwork(NetworkMode.ONLINE);
        again.sync();
        assertThat(again.snapshot().pendingEdits()).isZero();
        assertThat(serverPassword(r.recordId())).isEqualTo(typed);
        assertThat(lab.audit(user.username(), "RECORD_UPDATED", "offline")).hasSize(1);
        assertThat(lab.audit(user.username(), "RECORD_EDITED_OFFLINE", "offline")).hasSize(1)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("fields=password"));
        assertThat(again.edits().counters().applied()).isEqualTo(1);
    }

    @Test
    void aQueuedEditThatMeetsANewerVersionIsAConflictOfThatSyncOnly() {
        Lab.TestUser user = editor("offline");
        Device phone = lab.loggedIn(user, "edit-queue-conflict");
        RecordDto r = phone.records().getFirst();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.edits().edit(r.recordId(), password("queued-7"));
        AdminCall.run("update", () -> lab.admin().records().update(r.recordId(),
                new RecordRequest(null, null, "admin-7", null, null, null, null, null)));
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        assertThat(phone.snapshot().pendingEdits()).isZero();
        assertThat(phone.snapshot().conflicts()).isEqualTo(1);
        assertThat(phone.findByTitle(r.title()).orElseThrow().password()).isEqualTo("admin-7");
        assertThat(lab.audit(user.username(), "RECORD_EDIT_CONFLICT", null)).hasSize(1);
        phone.sync();
        assertThat(phone.snapshot().conflicts()).as("conflicts since the last sync").isZero();
    }

    @Test
    void twoQueuedEditsOfOneRecordAreBothApplied() {
        Lab.TestUser user = editor("offline");
        Device phone = lab.loggedIn(user, "edit-queue-two");
        RecordDto r = phone.records().getFirst();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.edits().edit(r.recordId(), password("first-8"));
        phone.edits().edit(r.recordId(), new RecordChanges(null, "second-user-8", null, null, null, null));
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        var server = AdminCall.run("get", () -> lab.admin().records().get(r.recordId()));
        assertThat(server.password()).isEqualTo("first-8");
        assertThat(server.username()).isEqualTo("second-user-8");
        assertThat(phone.snapshot().conflicts()).isZero();
    }

    @Test
    void theGeneratorWorksOffline() {
        Lab.TestUser user = editor("offline");
        Device phone = lab.loggedIn(user, "edit-generator");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        assertThat(phone.edits().generatePassword(24)).hasSize(24)
                .isNotEqualTo(phone.edits().generatePassword(24));
    }

    static boolean folderContains(Path folder, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String hay = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (hay.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
