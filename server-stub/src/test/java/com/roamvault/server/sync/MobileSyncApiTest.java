package com.roamvault.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.policy.LeaseTerms;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.Grant;
import com.roamvault.server.vault.VaultRecord;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MobileSyncApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    static final Actor ADMIN = new Actor(AuditEntry.ADMIN_CONSOLE, "admin", "127.0.0.1");
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    /**
     * One user: list A granted directly and B through a group (both with Mobile Access), C granted
     * without Mobile Access, D not granted at all.
     */
    record Scene(String username, long userId, long groupId, long listA, long listB, long listC, long listD,
                 List<VaultRecord> a, List<VaultRecord> b, List<VaultRecord> c, List<VaultRecord> d) {
        static Scene create() {
            String username = Phone.uniqueUser("sync");
            String tag = username.substring(5);
            long userId = fixtures.user(username, PASSWORD);
            long groupId = fixtures.group("group-" + tag, userId);
            long listA = fixtures.list("Network Devices " + tag);
            long listB = fixtures.list("Databases " + tag);
            long listC = fixtures.list("Desktop only " + tag);
            long listD = fixtures.list("Finance " + tag);
            fixtures.grantUser(listA, userId, true);
            fixtures.grants(listB, new Grant(null, groupId, "view", true));
            fixtures.grantUser(listC, userId, false);
            return new Scene(username, userId, groupId, listA, listB, listC, listD,
                    fixtures.records(listA, 3, "a-" + tag), fixtures.records(listB, 2, "b-" + tag),
                    fixtures.records(listC, 2, "c-" + tag), fixtures.records(listD, 2, "d-" + tag));
        }

        Phone phone() {
            return Phone.login(server, username, PASSWORD);
        }
    }

    @Test
    void fullSyncReturnsExactlyTheRecordsGrantedWithMobileAccessDirectlyOrThroughAGroup() {
        Scene s = Scene.create();
        SyncResponse sync = s.phone().sync();

        assertThat(sync.full()).isTrue();
        assertThat(sync.removedRecordIds()).isEmpty();
        assertThat(ids(sync.records())).containsExactlyInAnyOrderElementsOf(ids(s.a(), s.b()));
        assertThat(sync.lists()).extracting(ListDto::listId).containsExactlyInAnyOrder(s.listA(), s.listB());
        VaultRecord expected = s.a().get(0);
        RecordDto got = sync.records().stream().filter(r -> r.recordId() == expected.id()).findFirst().orElseThrow();
        assertThat(got.title()).isEqualTo(expected.title());
        assertThat(got.password()).isEqualTo(expected.password());
        assertThat(got.username()).isEqualTo(expected.username());
        assertThat(got.url()).isEqualTo(expected.url());
        assertThat(got.listId()).isEqualTo(s.listA());
        assertThat(sync.policy().offlineCacheDays()).isEqualTo(14);
    }

    @Test
    void deltaAfterCreateUpdateDeleteReturnsOnlyTheChanges() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();

        VaultRecord created = fixtures.record(s.listA(), "new-" + UUID.randomUUID(), "fresh-password");
        fixtures.updateRecord(s.b().get(0).id(), "rotated-password");
        fixtures.deleteRecord(s.a().get(1).id());
        fixtures.record(s.listC(), "not-mobile-" + UUID.randomUUID(), "x");
        fixtures.record(s.listD(), "not-granted-" + UUID.randomUUID(), "x");

        SyncResponse delta = phone.sync();

        assertThat(delta.full()).isFalse();
        assertThat(ids(delta.records())).containsExactlyInAnyOrder(created.id(), s.b().get(0).id());
        assertThat(delta.records()).filteredOn(r -> r.recordId() == s.b().get(0).id()).singleElement()
                .satisfies(r -> assertThat(r.password()).isEqualTo("rotated-password"));
        assertThat(delta.removedRecordIds()).containsExactly(s.a().get(1).id());
        assertThat(delta.lists()).extracting(ListDto::listId).containsExactlyInAnyOrder(s.listA(), s.listB());

        SyncResponse nothing = phone.sync();
        assertThat(nothing.records()).isEmpty();
        assertThat(nothing.removedRecordIds()).isEmpty();
    }

    @Test
    void revokedPermissionRemovesTheListsRecords() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();

        fixtures.grants(s.listA());

        assertRemovedExactly(phone.sync(), s.a(), s.listB());
    }

    @Test
    void clearedMobileAccessFlagRemovesTheListsRecords() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();

        fixtures.grantUser(s.listA(), s.userId(), false);

        assertRemovedExactly(phone.sync(), s.a(), s.listB());
    }

    @Test
    void removedGroupMembershipRemovesTheGroupsLists() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();

        fixtures.wiring().db().txRun(sql -> sql.update("DELETE FROM group_members WHERE group_id = ? AND user_id = ?",
                s.groupId(), s.userId()));

        assertRemovedExactly(phone.sync(), s.b(), s.listA());
    }

    @Test
    void deletedListRemovesItsRecordsIncludingOnesChangedSinceTheLastSync() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();
        fixtures.updateRecord(s.a().get(0).id(), "changed-before-delete");

        fixtures.wiring().db().txRun(sql -> fixtures.wiring().vault().deleteList(sql, s.listA(), ADMIN));

        assertRemovedExactly(phone.sync(), s.a(), s.listB());
    }

    @Test
    void newlyGrantedListArrivesWholeInTheDelta() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();

        fixtures.grantUser(s.listD(), s.userId(), true);
        SyncResponse delta = phone.sync();

        assertThat(delta.full()).isFalse();
        assertThat(ids(delta.records())).containsExactlyInAnyOrderElementsOf(ids(s.d()));
        assertThat(delta.removedRecordIds()).isEmpty();
        assertThat(delta.lists()).extracting(ListDto::listId)
                .containsExactlyInAnyOrder(s.listA(), s.listB(), s.listD());
    }

    @Test
    void leaseIsSignedWithTheLoginsLeaseKeyAndLastsTheUsersOverrideDays() throws GeneralSecurityException {
        Scene s = Scene.create();
        fixtures.wiring().db().txRun(sql -> fixtures.wiring().policies().setOverrides(sql, s.userId(),
                new MobileOptions(null, 3, null, null, null, null, null, null, null, null)));
        Phone phone = s.phone();

        Lease lease = phone.sync().lease();

        assertThat(verifies(phone.loginResponse().leaseKey(), lease)).isTrue();
        assertThat(lease.deviceId()).isEqualTo(phone.deviceId());
        assertThat(lease.username()).isEqualTo(s.username());
        assertThat(lease.offlineCacheDays()).isEqualTo(3);
        assertThat(lease.issuedAt()).isCloseTo(server.clock().instant(),
                new org.assertj.core.data.TemporalUnitWithinOffset(5, ChronoUnit.SECONDS));
        assertThat(lease.expiresAt()).isEqualTo(lease.issuedAt().plus(Duration.ofDays(3)));

        Lease stretched = new Lease(lease.deviceId(), lease.username(), lease.issuedAt(),
                lease.expiresAt().plus(Duration.ofDays(30)), 33, lease.terms(), lease.signature());
        assertThat(verifies(phone.loginResponse().leaseKey(), stretched)).isFalse();
        assertThat(lease.terms()).isEqualTo(LeaseTerms.of(phone.sync().policy()));
        assertThat(lease.terms().value(MobileOption.OFFLINE_CACHE_DAYS)).isEqualTo(3);
    }

    @Test
    void everySyncRestartsTheLeaseAndTheConsoleSeesIt() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        Lease first = phone.sync().lease();

        server.clock().advance(Duration.ofDays(5));
        Lease second = phone.login().sync().lease();

        assertThat(Duration.between(first.issuedAt(), second.issuedAt())).isGreaterThanOrEqualTo(Duration.ofDays(5));
        assertThat(second.expiresAt()).isEqualTo(second.issuedAt().plus(Duration.ofDays(14)));
        Http admin = server.client().loginAdmin("admin", TestServer.ADMIN_PASSWORD);
        var device = admin.get("/api/admin/v1/devices?user=" + encode(s.username())).json().get("devices").get(0);
        assertThat(device.get("leaseExpiresAt").asText()).isEqualTo(second.expiresAt().toString());
        assertThat(device.get("lastSyncAt").asText()).isEqualTo(second.issuedAt().toString());
        assertThat(AuditRows.of(server, AuditActions.CACHE_SYNCED, s.username())).extracting(AuditRows.Row::detail)
                .containsExactly("full=true records=5 removed=0", "full=false records=0 removed=0");
    }

    @Test
    void forgedAlteredOrForeignCursorsAreBadRequests() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        String cursor = phone.sync().cursor();
        Phone otherDevice = s.phone();
        otherDevice.sync();

        char[] altered = cursor.toCharArray();
        altered[cursor.length() / 3] = altered[cursor.length() / 3] == 'A' ? 'B' : 'A';
        List<String> bad = List.of("garbage", "!!!***", new String(altered), cursor.substring(0, cursor.length() - 4),
                "A".repeat(6_000));
        for (int i = 0; i < bad.size(); i++) {
            Http.Reply reply = phone.syncReply(bad.get(i));
            assertThat(reply.status()).as("bad cursor #" + i).isEqualTo(400);
            assertThat(reply.error()).isEqualTo("bad_request");
            assertThat(reply.json().get("message").asText()).contains("without a cursor");
        }
        Http.Reply foreign = phone.syncReply(otherDevice.cursor());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("message").asText()).contains("another device");

        assertThat(phone.syncReply(cursor).status()).isEqualTo(200);
    }

    @Test
    void losingMobileAccessRefusesTheNextSync() {
        Scene s = Scene.create();
        Phone phone = s.phone();
        phone.sync();

        fixtures.wiring().db().txRun(sql -> sql.update("UPDATE users SET mobile_access = FALSE WHERE id = ?",
                s.userId()));

        Http.Reply reply = phone.syncReply(phone.cursor());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("mobile_access_disabled");
    }

    private static void assertRemovedExactly(SyncResponse delta, List<VaultRecord> removed, long... remainingLists) {
        assertThat(delta.full()).isFalse();
        assertThat(delta.records()).isEmpty();
        assertThat(delta.removedRecordIds()).containsExactlyInAnyOrderElementsOf(ids(removed));
        assertThat(delta.lists()).extracting(ListDto::listId)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(remainingLists).boxed().toList());
    }

    private static boolean verifies(String leaseKey, Lease lease) throws GeneralSecurityException {
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(leaseKey)));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(lease.canonicalBytes());
        return signature.verify(Base64.getDecoder().decode(lease.signature()));
    }

    private static List<Long> ids(List<RecordDto> records) {
        return records.stream().map(RecordDto::recordId).toList();
    }

    @SafeVarargs
    private static List<Long> ids(List<VaultRecord>... groups) {
        List<Long> ids = new ArrayList<>();
        for (List<VaultRecord> g : groups) {
            g.forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
