package com.roamvault.console.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
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

/** The real window, headless, against the real server: connect, then the navigation to the devices of a phone. */
@ExtendWith(ApplicationExtension.class)
class DevicesViewUiTest {
    private static RoamvaultServer server;
    private static TestPhone phone;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        phone = TestPhone.register(server, "UI test phone");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxUiExecutor("console-worker");
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"))), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void navigationSwitchesToDevicesShowingThePhonesRowAndBack(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-devices").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the session's screens are attached on the FX thread

        robot.clickOn("#nav-devices");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#devices-table").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().stream()
                        .anyMatch(r -> ((DeviceRow) r).deviceId().equals(phone.deviceId())))
                .orElse(false));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(".table-row-cell").lookup("UI test phone").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-screen").tryQuery()).isEmpty();

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#settings-screen").tryQuery().isPresent());
        assertThat(robot.lookup("#devices-screen").tryQuery()).isEmpty();
    }

    @Test
    void revokeAsksInADialogThenTheRowSaysRevoked(FxRobot robot) throws Exception {
        TestPhone lost = TestPhone.register(server, "UI lost phone");
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-devices").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the session's screens are attached on the FX thread
        robot.clickOn("#nav-devices");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(".table-row-cell").lookup("UI lost phone").tryQuery().isPresent());

        robot.clickOn(robot.lookup(".table-row-cell").lookup("UI lost phone").queryLabeled());
        robot.clickOn("#devices-revoke");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "revoked".equals(((TableView<?>) robot.lookup("#devices-table")
                .query()).getItems().stream()
                .map(DeviceRow.class::cast).filter(r -> r.deviceId().equals(lost.deviceId()))
                .map(DeviceRow::status).findFirst().orElse("")));
        assertThat(lost.sync()).isEqualTo("device_revoked");
    }
}
