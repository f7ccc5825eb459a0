package com.roamvault.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.RoamvaultClientException.Kind;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.admin.GroupDetail;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.Permission;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminClientTest {
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
    void userCrudRoundTrip() throws RoamvaultClientException {
        UserDetail created = admin.users().create(new UserCreate("CORP\\crud", "Crud Person", null, null, null, null));
        assertThat(created.username()).isEqualTo("CORP\\crud");
        assertThat(admin.users().find("corp\\CRUD")).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(created.id()));

        UserDetail renamed = admin.users().update(created.id(), new UserCreate(null, "Renamed", null, null, null, null));
        assertThat(renamed.displayName()).isEqualTo("Renamed");
        assertThat(admin.users().setMobileAccess(created.id(), false).mobileAccess()).isFalse();
        assertThat(admin.users().get(created.id()).mobileAccess()).isFalse();

        admin.users().delete(created.id());
        assertThat(admin.users().find("CORP\\crud")).isEmpty();
        assertThatThrownBy(() -> admin.users().get(created.id()))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.API);
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.status()).isEqualTo(404);
                });
    }

    @Test
    void listsRecordsAndPermissionsRoundTrip() throws RoamvaultClientException {
        long userId = admin.users().create("CORP\\lister", TestServer.MASTER_PASSWORD).id();
        GroupDetail group = admin.groups().create("Listers", List.of(userId));
        assertThat(admin.groups().find("listers")).hasValueSatisfying(g -> assertThat(g.members()).contains(userId));

        ListDetail list = admin.lists().create("Round trip", "made by a test");
        assertThat(admin.lists().find("Round trip")).hasValueSatisfying(l -> assertThat(l.listId()).isEqualTo(list.listId()));
        RecordDetail record = admin.records().create(list.listId(),
                new RecordRequest("core-sw-01", "admin", "s3cret-Value", "https://sw", null, null, null, null));
        assertThat(admin.records().find(list.listId(), "core-sw-01")).isPresent();
        RecordDetail changed = admin.records().update(record.recordId(),
                new RecordRequest(null, null, "n3w-Value", null, null, null, null, null));
        assertThat(changed.password()).isEqualTo("n3w-Value");
        assertThat(changed.title()).isEqualTo("core-sw-01");

        admin.lists().grant(list.listId(), ListsApi.mobileGrant(userId, "view"));
        admin.lists().grant(list.listId(), new Permission(null, group.id(), "modify", false));
        admin.lists().grant(list.listId(), ListsApi.mobileGrant(userId, "modify")); // replaces, keeps the group's
        assertThat(admin.lists().permissions(list.listId())).containsExactlyInAnyOrder(
                new Permission(userId, null, "modify", true), new Permission(null, group.id(), "modify", false));
        assertThat(admin.lists().revoke(list.listId(), userId, null))
                .containsExactly(new Permission(null, group.id(), "modify", false));

        admin.records().delete(record.recordId());
        assertThat(admin.records().ofList(list.listId())).isEmpty();
        admin.lists().delete(list.listId());
        admin.groups().delete(group.id());
        assertThat(admin.lists().find("Round trip")).isEmpty();
        assertThat(admin.groups().find("Listers")).isEmpty();
    }

    @Test
    void perUserOptionsArePatchedAndClearedWhileTheOthersStay() throws RoamvaultClientException {
        long userId = admin.users().create("CORP\\roamer", TestServer.MASTER_PASSWORD).id();
        admin.settings().patchUserOverrides(userId, Map.of("offlineCacheDays", 3, "autoLockMinutes", 2));
        UserMobile patched = admin.settings().patchUserOverrides(userId, Map.of("biometricUnlockAllowed", false));
        assertThat(patched.overrides().offlineCacheDays()).isEqualTo(3);
        assertThat(patched.overrides().autoLockMinutes()).isEqualTo(2);
        assertThat(patched.effective().offlineCacheDays()).isEqualTo(3);
        assertThat(patched.effective().biometricUnlockAllowed()).isFalse();

        UserMobile cleared = admin.settings().clearUserOverride(userId, "offlineCacheDays");
        assertThat(cleared.overrides().offlineCacheDays()).isNull();
        assertThat(cleared.effective().offlineCacheDays()).isEqualTo(admin.settings().global().offlineCacheDays());
        assertThat(cleared.overrides().autoLockMinutes()).isEqualTo(2);

        assertThatThrownBy(() -> admin.settings().patchUserOverrides(userId, Map.of("offlineCachDays", 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offlineCachDays");
        List<AuditEvent> audited = admin.audit().all(AuditFilter.ALL.withAction(AuditActions.USER_SETTINGS_CHANGED));
        assertThat(audited).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void involvingFindsTheAdminsActionsAboutAUserWhichUserDoesNot() throws RoamvaultClientException {
        long userId = admin.users().create("CORP\\subject", TestServer.MASTER_PASSWORD).id();
        admin.settings().patchUserOverrides(userId, Map.of("offlineCacheDays", 4));

        List<AuditEvent> about = admin.audit().all(AuditFilter.ALL.withInvolving("corp\\SUBJECT"));

        assertThat(about).isNotEmpty().allSatisfy(e -> assertThat(e.subjectUsername()).isEqualTo("CORP\\subject"))
                .extracting(AuditEvent::action).contains(AuditActions.USER_SETTINGS_CHANGED);
        assertThat(admin.audit().all(AuditFilter.ALL.withUser("CORP\\subject"))).isEmpty();
        assertThat(AuditFilter.of(Map.of("involving", "x")).involving()).isEqualTo("x");
    }

    @Test
    void globalSettingsUpdateAndValidationErrorCarriesCodeStatusAndFields() throws RoamvaultClientException {
        assertThat(admin.settings().updateGlobal(Map.of("clipboardClearSeconds", 45)).clipboardClearSeconds())
                .isEqualTo(45);
        assertThatThrownBy(() -> admin.settings().updateGlobal(Map.of("offlineCacheDays", 9999)))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.API);
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.fields()).containsKey("offlineCacheDays");
                });
        assertThat(admin.settings().global().offlineCacheDays()).isNotEqualTo(9999);
    }

    @Test
    void trustedNetworksTravelAsAListAndABadEntryIsNamedInItsField() throws RoamvaultClientException {
        assertThat(admin.settings().updateGlobal(Map.of("trustedNetworks", java.util.List.of("10.0.0.0/8",
                "2001:db8::/32"))).trustedNetworks()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThatThrownBy(() -> admin.settings().updateGlobal(Map.of("trustedNetworks", java.util.List.of("10.0.0.0/8",
                "10.0.0.0/40"))))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.fields().get("trustedNetworks")).contains("'10.0.0.0/40'");
                });
        assertThat(admin.settings().global().trustedNetworks()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(admin.settings().updateGlobal(Map.of("trustedNetworks", java.util.List.of())).trustedNetworks())
                .isEmpty();
    }

    @Test
    void weakMasterPasswordResetCarriesTheReasons() throws RoamvaultClientException {
        long userId = admin.users().create("CORP\\weakling", TestServer.MASTER_PASSWORD).id();
        assertThatThrownBy(() -> admin.users().resetMasterPassword(userId, "abc"))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.WEAK_PASSWORD);
                    assertThat(e.reasons()).isNotEmpty();
                    assertThat(e.getMessage()).doesNotContain("abc");
                });
        admin.users().resetMasterPassword(userId, "Another-Strong-Phrase-57");
    }

    @Test
    void badCredentialsGiveOneUniformSecretFreeAnswer() throws RoamvaultClientException {
        String guess = "Guessed-Password-123";
        RoamvaultClientException unknownUser = loginFails("CORP\\nobody", guess);
        RoamvaultClientException wrongPassword = loginFails(TestServer.ADMIN, guess);
        for (RoamvaultClientException e : List.of(unknownUser, wrongPassword)) {
            assertThat(e.kind()).isEqualTo(Kind.API);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.toString()).doesNotContain(guess);
        }
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void callsWithoutASessionAreUnauthorizedAndTheHookSeesOnlyDeadSessions() throws RoamvaultClientException {
        AdminClient fresh = server.client().admin();
        AtomicLong expired = new AtomicLong();
        fresh.onUnauthorized(expired::incrementAndGet);
        assertThatThrownBy(fresh::stats).isInstanceOfSatisfying(RoamvaultClientException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHORIZED));
        assertThat(expired).hasValue(0); // no token, so no session died
        assertThat(fresh.loggedIn()).isFalse();
    }

    @Test
    void serverInfoStatsAuditVerifyAndStreamedExport() throws RoamvaultClientException {
        assertThat(admin.serverInfo().pin()).isEqualTo(server.pin());
        assertThat(admin.stats().eventsPerDay()).isNotNull();
        assertThat(admin.audit().verify().ok()).isTrue();
        assertThat(admin.audit().page(AuditFilter.ALL.withUser(TestServer.ADMIN), 1, null).events()).hasSize(1);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AtomicLong progress = new AtomicLong();
        long total = admin.audit().exportCsv(AuditFilter.ALL, csv, progress::set);
        assertThat(total).isEqualTo(csv.size()).isEqualTo(progress.get()).isPositive();
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("action"));
        assertThat(text).contains(AuditActions.LOGIN_SUCCEEDED);
    }

    private static RoamvaultClientException loginFails(String username, String password) {
        try {
            server.client().admin().login(username, password);
        } catch (RoamvaultClientException e) {
            return e;
        }
        throw new AssertionError("login of " + username + " succeeded");
    }
}
