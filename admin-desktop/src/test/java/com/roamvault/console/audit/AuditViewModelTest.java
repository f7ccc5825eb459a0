package com.roamvault.console.audit;

import static com.roamvault.console.TestPhone.journalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.SameThreadUiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit screen's ViewModel against the real server: paging, details, live tail, verify, errors. */
class AuditViewModelTest {
    private static RoamvaultServer server;
    private static AdminClient client;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        client = RoamvaultClient.connect(server.url(), server.pin()).admin();
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static AuditViewModel viewModel(AuditApi api) {
        return new AuditViewModel(new SameThreadUiExecutor(), api, ZoneOffset.UTC);
    }

    private static List<AuditUploadEvent> offlineViews(int count, String prefix) {
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        return IntStream.range(0, count).mapToObj(i -> journalEvent(AuditActions.RECORD_VIEWED, "offline",
                start.plusSeconds(i), prefix + i)).toList();
    }

    @Test
    void scrollingLoadsOnePageAtATimeNewestFirstWithoutDuplicatesToTheEnd() throws Exception {
        TestPhone phone = TestPhone.register(server, "CORP\\pnair", "Paging phone");
        phone.uploadAudit(offlineViews(450, "page-"));
        CountingAuditApi api = new CountingAuditApi(AuditApi.of(client));
        AuditViewModel vm = viewModel(api);
        vm.filters().userProperty().set("corp\\PNAIR"); // the server matches users case-insensitively
        vm.filters().originProperty().set("offline");

        vm.apply();
        assertThat(vm.rows()).hasSize(AuditViewModel.PAGE);
        assertThat(vm.statusProperty().get()).isEqualTo("200 loaded · more available");
        assertThat(vm.moreAvailableProperty().get()).isTrue();

        vm.loadMore();
        assertThat(vm.rows()).hasSize(400);
        vm.loadMore();
        assertThat(vm.rows()).hasSize(450);
        assertThat(vm.statusProperty().get()).isEqualTo("450 loaded · end of history");
        assertThat(vm.moreAvailableProperty().get()).isFalse();
        vm.loadMore(); // the end: nothing more to ask for

        assertThat(api.pageRequests).hasSize(3).first().isNull();
        List<Long> seqs = vm.rows().stream().map(AuditRow::seq).toList();
        assertThat(seqs).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        // newest first: the last uploaded event heads the list, the first one ends it
        assertThat(vm.rows().getFirst().detail()).isEqualTo("page-449");
        assertThat(vm.rows().getLast().detail()).isEqualTo("page-0");
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.username()).isEqualTo("CORP\\pnair");
            assertThat(r.offline()).isTrue();
        });
    }

    @Test
    void scrollAsksWhileAPageIsOnItsWayAreIgnored() throws Exception {
        TestPhone phone = TestPhone.register(server, "CORP\\dkowalski", "Scrolling phone");
        phone.uploadAudit(offlineViews(500, "scroll-"));
        QueuedUiExecutor executor = new QueuedUiExecutor();
        CountingAuditApi api = new CountingAuditApi(AuditApi.of(client));
        AuditViewModel vm = new AuditViewModel(executor, api, ZoneOffset.UTC);
        vm.filters().userProperty().set("CORP\\dkowalski");
        vm.filters().originProperty().set("offline");
        vm.apply();
        executor.runAll();

        // the scroll bar fires many positions near the bottom while the next page loads
        for (int i = 0; i < 10; i++) {
            vm.loadMore();
        }
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();

        assertThat(api.pageRequests).hasSize(2);
        assertThat(vm.rows()).hasSize(400);
        assertThat(vm.rows().stream().map(AuditRow::seq).toList()).doesNotHaveDuplicates();
    }

    @Test
    void aReplyToAnOlderFilterIsDropped() throws Exception {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        AuditViewModel vm = new AuditViewModel(executor, AuditApi.of(client), ZoneOffset.UTC);
        vm.apply(); // everything
        vm.filters().userProperty().set("nobody-at-all");
        vm.apply();
        executor.runAll();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("No events match these filters.");
    }

    @Test
    void selectingAnOfflineEventShowsAllItsFieldsWithOccurredBeforeReceived() throws Exception {
        TestPhone phone = TestPhone.register(server, "CORP\\mrossi", "Detail phone");
        Instant occurred = Instant.parse("2026-01-15T08:30:00Z");
        phone.uploadAudit(List.of(journalEvent(AuditActions.PASSWORD_COPIED, "offline", occurred, "field=password")));
        AuditViewModel vm = viewModel(AuditApi.of(client));
        vm.filters().userProperty().set("CORP\\mrossi");
        vm.filters().actionProperty().set(AuditActions.PASSWORD_COPIED);
        vm.apply();
        assertThat(vm.rows()).hasSize(1);

        vm.selectedProperty().set(vm.rows().getFirst());

        AuditRow row = vm.rows().getFirst();
        assertThat(vm.details()).extracting(AuditRow.DetailLine::key).containsExactly("seq", "id", "action", "user", "subject",
                "occurred", "received", "origin", "platform", "device", "ip", "record", "detail", "hash");
        assertThat(value(vm, "seq")).isEqualTo("#" + row.seq());
        assertThat(value(vm, "id")).isEqualTo(row.event().id());
        assertThat(value(vm, "occurred")).isEqualTo("2026-01-15 08:30:00");
        assertThat(value(vm, "received")).contains("uploaded").contains("after it occurred");
        assertThat(value(vm, "origin")).isEqualTo("offline");
        assertThat(value(vm, "platform")).isEqualTo("MobileApp");
        // the name admins know the phone by, and its id for a search
        assertThat(value(vm, "device")).isEqualTo("Detail phone · " + phone.deviceId());
        assertThat(value(vm, "ip")).isNotEqualTo("—");
        assertThat(value(vm, "detail")).isEqualTo("field=password");
        assertThat(value(vm, "hash")).isEqualTo(row.event().hash()).hasSizeGreaterThan(20);

        vm.selectedProperty().set(null);
        assertThat(vm.details()).isEmpty();
    }

    private static String value(AuditViewModel vm, String key) {
        return vm.details().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void liveTailPrependsNewEventsAndStopsWhenTurnedOff() throws Exception {
        TestPhone phone = TestPhone.register(server, "CORP\\tnguyen", "Tailed phone");
        phone.uploadAudit(List.of(journalEvent(AuditActions.CACHE_UNLOCKED, "offline", Instant.now(), "before")));
        AuditViewModel vm = viewModel(AuditApi.of(client));
        vm.filters().userProperty().set("CORP\\tnguyen");
        vm.filters().originProperty().set("offline");
        vm.apply();
        assertThat(vm.rows()).extracting(AuditRow::detail).containsExactly("before");

        vm.pollNewer(); // off: no effect
        vm.tailProperty().set(true);
        phone.uploadAudit(List.of(journalEvent(AuditActions.CACHE_LOCKED, "offline", Instant.now(), "tail-1"),
                journalEvent(AuditActions.CACHE_UNLOCKED, "offline", Instant.now(), "tail-2")));
        vm.pollNewer();
        assertThat(vm.rows()).extracting(AuditRow::detail).containsExactly("tail-2", "tail-1", "before");
        vm.pollNewer(); // nothing new: nothing added twice
        assertThat(vm.rows()).extracting(AuditRow::detail).containsExactly("tail-2", "tail-1", "before");

        vm.stopTail(); // what leaving the screen does
        assertThat(vm.tailProperty().get()).isFalse();
        phone.uploadAudit(List.of(journalEvent(AuditActions.CACHE_LOCKED, "offline", Instant.now(), "after")));
        vm.pollNewer();
        assertThat(vm.rows()).extracting(AuditRow::detail).containsExactly("tail-2", "tail-1", "before");
    }

    @Test
    void verifyOfAnIntactLogSaysHowManyEventsWereChecked() throws Exception {
        AuditViewModel vm = viewModel(AuditApi.of(client));

        vm.verification().verify();

        long checked = client.audit().verify().checked();
        assertThat(vm.verification().outcomeProperty().get()).isEqualTo(AuditVerifyViewModel.Outcome.INTACT);
        assertThat(vm.verification().resultProperty().get())
                .isEqualTo("Hash chain intact: " + String.format("%,d", checked) + " events checked");
    }

    @Test
    void verifyOfATamperedLogNamesTheFirstBrokenEvent() throws Exception {
        long seq = client.audit().page(AuditFilter.ALL, 1, null).events().getFirst().seq() - 1;
        String original = server.wiring().db().read(sql -> sql.one("SELECT detail FROM audit_events WHERE seq = ?",
                rs -> rs.getString(1), seq)).orElse(null);
        server.wiring().db().txRun(sql -> sql.update("UPDATE audit_events SET detail = ? WHERE seq = ?", "forged", seq));
        try {
            AuditViewModel vm = viewModel(AuditApi.of(client));

            vm.verification().verify();

            assertThat(vm.verification().outcomeProperty().get()).isEqualTo(AuditVerifyViewModel.Outcome.BROKEN);
            assertThat(vm.verification().resultProperty().get())
                    .isEqualTo("Hash chain BROKEN at event #" + seq + " (" + String.format("%,d", seq - 1) + " checked)");
        } finally {
            server.wiring().db().txRun(sql -> sql.update("UPDATE audit_events SET detail = ? WHERE seq = ?",
                    original, seq));
        }
        assertThat(client.audit().verify().ok()).as("repaired").isTrue();
    }

    @Test
    void aFilterTheServerRefusesIsShownNotSwallowed() {
        AuditViewModel vm = viewModel(AuditApi.of(client));
        vm.filters().fromProperty().set(LocalDate.of(2026, 3, 10));
        vm.filters().toProperty().set(LocalDate.of(2026, 3, 1));

        vm.apply();

        assertThat(vm.errorProperty().get()).contains("from must not be after to").contains("bad_request");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aStoppedServerIsShownNotSwallowed() throws Exception {
        RoamvaultServer gone = TestServers.start();
        AdminClient goneClient = RoamvaultClient.connect(gone.url(), gone.pin()).admin();
        goneClient.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        gone.close();
        AuditViewModel vm = viewModel(AuditApi.of(goneClient));

        vm.apply();
        assertThat(vm.errorProperty().get()).contains("cannot be reached").contains("network_unavailable");
        assertThat(vm.loadingProperty().get()).isFalse();

        vm.verification().verify();
        assertThat(vm.verification().outcomeProperty().get()).isEqualTo(AuditVerifyViewModel.Outcome.FAILED);
        assertThat(vm.verification().resultProperty().get()).startsWith("Verification failed").contains("cannot be reached");
    }
}
