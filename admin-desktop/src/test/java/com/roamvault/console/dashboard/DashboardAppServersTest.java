package com.roamvault.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.AppServerContact;
import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.dmz.AppServer;
import com.roamvault.server.dmz.AppServerConfig;
import com.roamvault.server.dmz.AppServerKeys;
import com.roamvault.server.dmz.DmzCore;
import com.roamvault.server.dmz.KeyPin;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.ui.SameThreadUiExecutor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behind a DMZ the dashboard lists the core's App Servers and when each last called; all-in-one, none. */
class DashboardAppServersTest {

    @Test
    void aDmzCoresDashboardListsEachAppServerWithItsLastContact() throws Exception {
        Path used = Files.createTempDirectory("console-app-server");
        Path idle = Files.createTempDirectory("console-app-server");
        AppServerKeys usedKeys = AppServerKeys.loadOrCreate(used);
        AppServerKeys idleKeys = AppServerKeys.loadOrCreate(idle);
        DmzCore dmz = new DmzCore(null, 0, List.of(KeyPin.parse(usedKeys.clientPin()),
                KeyPin.parse(idleKeys.clientPin())), URI.create("https://127.0.0.1:1"),
                KeyPin.parse(usedKeys.phonePin()));
        try (RoamvaultServer core = RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("console-core"))
                .withPort(0).withDemo(true).withAdminPassword(TestServers.ADMIN_PASSWORD)
                .withHashing(new PasswordHasher.Params(1024, 1, 1)).withDmz(dmz));
             AppServer appServer = AppServer.start(new AppServerConfig(used, "127.0.0.1", 0,
                     URI.create(core.internalUrl().orElseThrow()), KeyPin.parse(core.pin())))) {
            AdminClient admin = RoamvaultClient.connect(core.url(), core.pin()).admin();
            admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
            RoamvaultClient.connect(appServer.url(), appServer.pin()).mobile().login(new LoginRequest(TestPhone.USER,
                    DemoSeeder.masterPasswordOf(TestPhone.USER), null, "Pixel (sim)", "android"));

            DashboardViewModel vm = new DashboardViewModel(new SameThreadUiExecutor(), DashboardApi.of(admin),
                    Clock.system(ZoneOffset.UTC));
            vm.load();

            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.appServersProperty().get().lines().toList()).hasSize(3).satisfies(lines -> {
                assertThat(lines.get(0)).isEqualTo("App Servers:");
                assertThat(lines.get(1)).startsWith(usedKeys.clientPin() + "  (last contact 20");
                assertThat(lines.get(2)).isEqualTo(idleKeys.clientPin() + "  (no contact since the core started)");
            });
        }
    }

    @Test
    void anAllInOneServersDashboardShowsNoAppServers() throws Exception {
        try (RoamvaultServer server = TestServers.start()) {
            AdminClient admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
            admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
            DashboardViewModel vm = new DashboardViewModel(new SameThreadUiExecutor(), DashboardApi.of(admin),
                    Clock.systemUTC());
            vm.load();
            assertThat(vm.loadedProperty().get()).isTrue();
            assertThat(vm.appServersProperty().get()).isEmpty();
        }
    }

    @Test
    void theLastContactIsShownInTheConsolesTimeZone() {
        DashboardApi api = new DashboardApi() {
            @Override
            public Stats stats() {
                return new Stats(0, 0, 0, 0, List.of(), List.of());
            }

            @Override
            public List<AppServerContact> appServers() {
                return List.of(new AppServerContact("sha256/one", Instant.parse("2026-12-07T09:15:30Z")));
            }
        };
        DashboardViewModel vm = new DashboardViewModel(new SameThreadUiExecutor(), api,
                Clock.system(ZoneOffset.ofHours(1)));
        vm.load();
        assertThat(vm.appServersProperty().get()).isEqualTo("App Servers:\nsha256/one  (last contact 2026-12-07 10:15:30)");
    }
}
