package com.roamvault.console.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ClientFailures;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.SameThreadUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DevicesViewModelTest {
    private static RoamvaultServer server;
    private static AdminClient client;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

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

    private DevicesViewModel loaded() {
        DevicesViewModel vm = new DevicesViewModel(new SameThreadUiExecutor(), dialogs, DevicesApi.of(client),
                Clock.systemDefaultZone());
        vm.load();
        return vm;
    }

    private static DeviceRow rowOf(DevicesViewModel vm, TestPhone phone) {
        return vm.rows().stream().filter(r -> r.deviceId().equals(phone.deviceId())).findFirst().orElseThrow();
    }

    @Test
    void listShowsADeviceRegisteredByAPhoneLogin() throws Exception {
        TestPhone phone = TestPhone.register(server, "Listed phone");
        phone.sync();

        DevicesViewModel vm = loaded();

        DeviceRow row = rowOf(vm, phone);
        assertThat(row.deviceName()).isEqualTo("Listed phone");
        assertThat(row.platform()).isEqualTo("android");
        assertThat(row.status()).isEqualTo("active");
        assertThat(row.lease()).startsWith("wipes in ");
        assertThat(row.lastSync()).isNotEqualTo("never");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void userFilterShowsOnlyThatUsersDevices() throws Exception {
        TestPhone phone = TestPhone.register(server, "Filtered phone");
        DevicesViewModel vm = loaded();

        vm.userFilterProperty().set("nobody-such");
        vm.load();
        assertThat(vm.rows()).isEmpty();

        vm.userFilterProperty().set(TestPhone.USER);
        vm.load();
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.username()).isEqualToIgnoringCase(TestPhone.USER));
        assertThat(rowOf(vm, phone)).isNotNull();
    }

    @Test
    void revokeAfterConfirmationMarksTheRowAndThePhoneIsToldAtItsNextSync() throws Exception {
        TestPhone phone = TestPhone.register(server, "Lost phone");
        DevicesViewModel vm = loaded();
        vm.selectedProperty().set(rowOf(vm, phone));
        assertThat(vm.canRevokeProperty().get()).isTrue();

        vm.revokeSelected();

        assertThat(dialogs.asked).containsExactly("Revoke device");
        assertThat(rowOf(vm, phone).status()).isEqualTo("revoked");
        assertThat(vm.canRevokeProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("Revoked");
        assertThat(phone.sync()).isEqualTo("device_revoked");
        assertThat(client.devices().list(TestPhone.USER)).filteredOn(d -> d.deviceId().equals(phone.deviceId()))
                .extracting(DeviceDetail::status).containsExactly("revoked");
    }

    @Test
    void decliningTheConfirmationChangesNothing() throws Exception {
        TestPhone phone = TestPhone.register(server, "Kept phone");
        DevicesViewModel vm = loaded();
        dialogs.answer = false;

        vm.revoke(rowOf(vm, phone));

        assertThat(dialogs.asked).containsExactly("Revoke device");
        assertThat(rowOf(vm, phone).status()).isEqualTo("active");
        assertThat(phone.sync()).isEqualTo("ok");
        vm.load();
        assertThat(rowOf(vm, phone).status()).isEqualTo("active");
    }

    @Test
    void errorsAreShownNotSwallowed() {
        DevicesApi down = new DevicesApi() {
            @Override
            public List<DeviceDetail> list(String usernameOrNull) throws RoamvaultClientException {
                throw ClientFailures.unreachable("down");
            }

            @Override
            public DeviceDetail revoke(String deviceId) throws RoamvaultClientException {
                throw ClientFailures.unreachable("down");
            }
        };
        DevicesViewModel vm = new DevicesViewModel(new SameThreadUiExecutor(), dialogs, down, Clock.systemUTC());

        vm.load();

        assertThat(vm.errorProperty().get()).contains("cannot be reached").contains("network_unavailable");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void leaseCountdownReadsLikeAClock() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(DeviceRow.countdown(now.plus(Duration.ofDays(13).plusHours(4).plusMinutes(5)), now))
                .isEqualTo("wipes in 13 d 4 h");
        assertThat(DeviceRow.countdown(now.plus(Duration.ofHours(3).plusMinutes(12)), now)).isEqualTo("wipes in 3 h 12 min");
        assertThat(DeviceRow.countdown(now.plusSeconds(20), now)).isEqualTo("wipes in 1 min");
        assertThat(DeviceRow.countdown(now, now)).isEqualTo("expired");
        assertThat(DeviceRow.countdown(now.minusSeconds(5), now)).isEqualTo("expired");
        assertThat(DeviceRow.countdown(null, now)).isEqualTo("no lease yet");
    }

    @Test
    void countdownRunsDownWithTheClockWithoutAskingTheServer() throws Exception {
        TestPhone phone = TestPhone.register(server, "Ticking phone");
        phone.sync();
        Instant[] now = {Instant.now()};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        DevicesViewModel vm = new DevicesViewModel(new SameThreadUiExecutor(), dialogs, DevicesApi.of(client), clock);
        vm.shown();
        vm.selectedProperty().set(rowOf(vm, phone));
        DeviceDetail device = rowOf(vm, phone).device();

        now[0] = device.leaseExpiresAt().plusSeconds(1);
        vm.tick();

        assertThat(rowOf(vm, phone).lease()).isEqualTo("expired");
        assertThat(vm.selectedProperty().get().deviceId()).isEqualTo(phone.deviceId());
    }

    @Test
    void countdownsRunOnlyWhileTheScreenIsShown() throws Exception {
        TestPhone phone = TestPhone.register(server, "Hidden phone");
        phone.sync();
        Instant[] now = {Instant.now()};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        DevicesViewModel vm = new DevicesViewModel(new SameThreadUiExecutor(), dialogs, DevicesApi.of(client), clock);
        assertThat(vm.tickingProperty().get()).isFalse();

        vm.shown();
        assertThat(vm.tickingProperty().get()).isTrue();
        String shownLease = rowOf(vm, phone).lease();
        assertThat(shownLease).startsWith("wipes in ");

        vm.hidden();
        assertThat(vm.tickingProperty().get()).isFalse();
        now[0] = rowOf(vm, phone).device().leaseExpiresAt().plusSeconds(1);
        vm.tick(); // a late tick of a stopped timer
        assertThat(rowOf(vm, phone).lease()).isEqualTo(shownLease);

        vm.shown();
        vm.tick();
        assertThat(rowOf(vm, phone).lease()).isEqualTo("expired");
    }
}
