package com.roamvault.console.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
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
import com.roamvault.ui.FxUiExecutor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Server screen of a DMZ core with two App Servers, one a phone has logged in through and one
 * never used: both listed with their pin and last contact, in the real window.
 */
@ExtendWith(ApplicationExtension.class)
class ServerViewDmzUiTest {
    private static AppServerKeys usedKeys;
    private static AppServerKeys idleKeys;
    private static RoamvaultServer core;
    private static AppServer appServer;
    private FxUiExecutor executor;
    private Stage stage;

    @BeforeAll
    static void startCoreAndAppServer() throws Exception {
        Path used = Files.createTempDirectory("console-app-server");
        usedKeys = AppServerKeys.loadOrCreate(used);
        idleKeys = AppServerKeys.loadOrCreate(Files.createTempDirectory("console-app-server"));
        DmzCore dmz = new DmzCore(null, 0, List.of(KeyPin.parse(usedKeys.clientPin()),
                KeyPin.parse(idleKeys.clientPin())), URI.create("https://127.0.0.1:1"),
                KeyPin.parse(usedKeys.phonePin()));
        core = RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("console-core"))
                .withPort(0).withDemo(true).withAdminPassword(TestServers.ADMIN_PASSWORD)
                .withHashing(new PasswordHasher.Params(1024, 1, 1)).withDmz(dmz));
        appServer = AppServer.start(new AppServerConfig(used, "127.0.0.1", 0,
                URI.create(core.internalUrl().orElseThrow()), KeyPin.parse(core.pin())));
        RoamvaultClient.connect(appServer.url(), appServer.pin()).mobile().login(new LoginRequest(TestPhone.USER,
                DemoSeeder.masterPasswordOf(TestPhone.USER), null, "Pixel (sim)", "android"));
    }

    @AfterAll
    static void stop() {
        if (appServer != null) {
            appServer.close();
        }
        if (core != null) {
            core.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        executor = new FxUiExecutor("console-worker");
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"))), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void listsEachAppServerWithItsPinAndLastContactAndNothingIsClippedAtEitherSize(FxRobot robot) throws Exception {
        ServerScreenRobot screen = new ServerScreenRobot(robot, stage);
        screen.open(core.url(), core.pin());

        assertThat(screen.text("#server-topology")).isEqualTo("DMZ (this is the core)");
        assertThat(screen.text("#server-topology-explained")).startsWith("Phones reach only the App Servers");
        assertThat(screen.showing("#server-no-app-servers")).isFalse();
        assertThat(screen.showing("#server-app-servers")).isTrue();
        TableView<?> table = robot.lookup("#server-app-servers").queryTableView();
        assertThat(table.getItems()).map(AppServerRow.class::cast).satisfiesExactly(
                used -> {
                    assertThat(used.pin()).isEqualTo(usedKeys.clientPin());
                    assertThat(used.lastContact()).matches("(just now|\\d+ s ago|\\d+ min ago) "
                            + "\\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\)");
                },
                idle -> assertThat(idle).isEqualTo(new AppServerRow(idleKeys.clientPin(), "never")));
        // what the rows show, cell by cell
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".table-row-cell").lookup(idleKeys.clientPin()).tryQuery().isPresent());
        assertThat(robot.lookup(".table-row-cell").lookup("never").tryQuery()).isPresent();
        assertThat(screen.decodeQr("#server-pin-qr")).isEqualTo(core.pin());

        for (double[] size : ServerScreenRobot.SIZES) {
            screen.resize(size[0], size[1]);
            assertThat(screen.clipped()).as("clipped at %sx%s", size[0], size[1]).isEmpty();
            assertThat(screen.wholeInWindow("#server-pin-qr")).isTrue();
            // both App Servers' rows in view, not scrolled to
            assertThat(screen.wholeInWindow(robot.lookup(".table-row-cell").lookup(idleKeys.clientPin()).<Node>query()))
                    .isTrue();
            assertThat(screen.wholeInWindow(robot.lookup(".table-row-cell").lookup(usedKeys.clientPin()).<Node>query()))
                    .isTrue();
        }
    }
}
