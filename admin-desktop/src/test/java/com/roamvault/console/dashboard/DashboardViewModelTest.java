package com.roamvault.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ClientFailures;
import com.roamvault.console.chart.DayBar;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.SameThreadUiExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers against the real server: what the test makes happen is what the tiles count. */
class DashboardViewModelTest {
    private static final String LOCKED_USER = "CORP\\pnair";
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

    private static DashboardViewModel loaded() {
        DashboardViewModel vm = new DashboardViewModel(new SameThreadUiExecutor(), DashboardApi.of(client),
                Clock.system(ZoneOffset.UTC));
        vm.load();
        return vm;
    }

    @Test
    void aSyncedPhoneCountsAsActiveAndAShortLeaseAsExpiringSoon() throws Exception {
        DashboardViewModel before = loaded();
        long activeBefore = before.devicesActiveProperty().get();
        long expiringBefore = before.cachesExpiringProperty().get();
        long jsmith = client.users().page(TestPhone.USER, 5, 0).users().getFirst().id();
        client.settings().replaceUserOverrides(jsmith,
                new MobileOptions(null, 1, null, null, null, null, null, null, null, null));

        TestPhone phone = TestPhone.register(server, "Dashboard phone");
        assertThat(phone.sync()).isEqualTo("ok");

        DashboardViewModel vm = loaded();
        assertThat(vm.devicesActiveProperty().get()).isEqualTo(activeBefore + 1);
        assertThat(vm.cachesExpiringProperty().get()).isEqualTo(expiringBefore + 1);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.updatedProperty().get()).startsWith("Updated ");
    }

    @Test
    void whileShownEachTickShowsPhonesThatArrivedAndOnceHiddenTicksChangeNothing() throws Exception {
        DashboardViewModel vm = new DashboardViewModel(new SameThreadUiExecutor(), DashboardApi.of(client),
                Clock.system(ZoneOffset.UTC));
        vm.shown();
        long active = vm.devicesActiveProperty().get();
        assertThat(vm.liveProperty().get()).isTrue();

        assertThat(TestPhone.register(server, "Arrives while shown").sync()).isEqualTo("ok");
        vm.tick();
        assertThat(vm.devicesActiveProperty().get()).isEqualTo(active + 1);

        vm.hidden();
        assertThat(TestPhone.register(server, "Arrives while hidden").sync()).isEqualTo("ok");
        vm.tick();
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(vm.devicesActiveProperty().get()).as("a late tick after leaving asks nothing")
                .isEqualTo(active + 1);
    }

    @Test
    void failedLoginsAndTheLockoutTheyCauseAreCountedAndCallForAttention() throws Exception {
        DashboardViewModel before = loaded();
        long failedBefore = before.failedLoginsProperty().get();
        long lockedBefore = before.lockedAccountsProperty().get();

        for (int i = 0; i < 5; i++) { // the demo's lockout is 5 failures
            AdminClient stranger = RoamvaultClient.connect(server.url(), server.pin()).admin();
            Assertions.assertThatThrownBy(() -> stranger.login(LOCKED_USER, "not-the-password"))
                    .isInstanceOf(RoamvaultClientException.class);
        }

        DashboardViewModel vm = loaded();
        assertThat(vm.failedLoginsProperty().get()).isEqualTo(failedBefore + 5);
        assertThat(vm.lockedAccountsProperty().get()).isEqualTo(lockedBefore + 1);
        assertThat(vm.failedLoginsWarning().get()).isTrue();
        assertThat(vm.lockedAccountsWarning().get()).isTrue();
        // the newest events tell what happened, newest first
        assertThat(vm.newestEvents()).isNotEmpty();
        EventRow newest = vm.newestEvents().getFirst();
        assertThat(newest.event().action()).isEqualTo(AuditActions.ACCOUNT_LOCKED);
        assertThat(newest.user()).isEqualToIgnoringCase(LOCKED_USER);
        assertThat(newest.origin()).isEqualTo("online");
        assertThat(vm.newestEvents()).anySatisfy(row -> assertThat(row.action()).isEqualTo("Login failed"));
    }

    @Test
    void eventsPerDayCoverThirtyDaysEndingTodayWithTodaysEventsCounted() {
        DashboardViewModel vm = loaded();

        assertThat(vm.days()).hasSize(30);
        assertThat(vm.days().getLast().day()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(vm.days().getFirst().day()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(29));
        assertThat(vm.days().getLast().count()).isPositive(); // at least this test's admin login
        assertThat(vm.days()).extracting(DayBar::label).doesNotHaveDuplicates();
        assertThat(vm.days().getLast().label()).matches("[A-Z][a-z]{2} \\d{1,2}");
    }

    @Test
    void beforeTheFirstAnswerNothingCountsAndErrorsAreShownNotSwallowed() {
        DashboardViewModel vm = new DashboardViewModel(new SameThreadUiExecutor(), () -> {
            throw ClientFailures.unreachable("down");
        }, Clock.systemUTC());
        assertThat(vm.loadedProperty().get()).isFalse();

        vm.load();

        assertThat(vm.errorProperty().get()).contains("cannot be reached").contains("network_unavailable");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.loadedProperty().get()).isFalse();
        assertThat(vm.days()).isEmpty();
    }
}
