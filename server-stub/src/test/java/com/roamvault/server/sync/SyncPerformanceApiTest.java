package com.roamvault.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.SealPlainRecords;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A realistic vault: 100,000 records in 100 lists, a user who may carry 10 of them (10,000 records). */
class SyncPerformanceApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    static final int LISTS = 100;
    static final int PER_LIST = 1000;
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;
    static String username;
    static List<Long> granted = new ArrayList<>();

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
        username = Phone.uniqueUser("bulk");
        long userId = fixtures.user(username, PASSWORD);
        List<Long> lists = new ArrayList<>();
        for (int l = 0; l < LISTS; l++) {
            lists.add(fixtures.list("Bulk list " + l));
        }
        bulkInsertRecords(lists);
        for (int l = 0; l < LISTS; l += LISTS / 10) {
            fixtures.grantUser(lists.get(l), userId, true);
            granted.add(lists.get(l));
        }
    }

    /** One INSERT ... SELECT per list: the vault API's one-by-one audited path would take minutes for this much. */
    private static void bulkInsertRecords(List<Long> lists) {
        String numbers = TestDatabases.postgres() ? "generate_series(1, " + PER_LIST + ") AS n(x)"
                : "SYSTEM_RANGE(1, " + PER_LIST + ") AS n";
        long now = server.clock().millis();
        fixtures.wiring().db().txRun(sql -> {
            long revision = sql.count("SELECT revision FROM vault_revision WHERE id = 1") + 1;
            for (long listId : lists) {
                sql.update("INSERT INTO records (list_id, title, username, password, url, notes, domain, description, "
                        + "updated_at, revision) SELECT ?, CONCAT('host-', ?, '-', n.x), CONCAT('svc-', n.x), "
                        + "CONCAT('pw-', ?, '-', n.x, '-Xy7#kq'), CONCAT('https://host-', n.x, '.corp.example'), "
                        + "CONCAT('rack ', MOD(n.x, 40)), 'CORP', CONCAT('server ', n.x), ?, ? FROM " + numbers,
                        listId, listId, listId, now, revision);
            }
            sql.update("UPDATE vault_revision SET revision = ? WHERE id = 1", revision);
            SealPlainRecords.in(sql);
        });
    }

    @Test
    void fullSyncOfTenThousandOutOfAHundredThousandRecordsCarriesExactlyTheGrantedOnes() {
        Phone phone = Phone.login(server, username, PASSWORD);
        phone.sync();

        long best = Long.MAX_VALUE;
        SyncResponse sync = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            sync = Phone.login(server, username, PASSWORD).sync();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }

        System.out.printf("Full sync of %d records (of %d): best %d ms including login%n", sync.records().size(),
                LISTS * PER_LIST, best);
        assertThat(sync.records()).hasSize(10 * PER_LIST);
        long total = fixtures.wiring().db().read(sql -> sql.count("SELECT COUNT(*) FROM records"));
        assertThat(total).isGreaterThanOrEqualTo((long) LISTS * PER_LIST);
        assertThat(sync.records()).allSatisfy(r -> assertThat(granted).contains(r.listId()));
    }

    @Test
    void deltaAfterOneChangeInABigVaultCarriesOnlyThatChange() {
        Phone phone = Phone.login(server, username, PASSWORD);
        phone.sync();
        phone.sync();
        long changed = fixtures.record(granted.get(3), "one-more", "pw").id();

        long start = System.nanoTime();
        SyncResponse delta = phone.sync();
        long ms = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Delta sync of one change: %d ms%n", ms);
        assertThat(delta.records()).extracting(r -> r.recordId()).containsExactly(changed);
        assertThat(delta.removedRecordIds()).isEmpty();
    }
}
