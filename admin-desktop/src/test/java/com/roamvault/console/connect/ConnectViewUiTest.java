package com.roamvault.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The real window, headless, against the real server: typing what an administrator types. */
@ExtendWith(ApplicationExtension.class)
class ConnectViewUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
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
    void wrongPinShowsTheMismatchError(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(TestServers.WRONG_PIN);
        robot.clickOn("#connect-username").eraseText(5).write(TestServers.ADMIN);
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");

        Label error = robot.lookup("#connect-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("does not match the pin");
        assertThat(error.isVisible()).isTrue();
    }

    @Test
    void rightPinOpensTheSessionOnTheSettingsScreen(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#connected-title").tryQuery().isPresent());
        assertThat(robot.lookup("#connected-title").queryAs(Label.class).getText()).contains(server.url());
        WaitForAsyncUtils.waitForFxEvents(); // the session's screens are attached on the FX thread
        robot.clickOn("#nav-settings");

        // the scroll pane adds its content at the next layout pulse, and the values arrive in the background
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#setting-offlineCacheDays")
                .tryQuery().map(n -> !((TextField) n).getText().isEmpty() && !n.isDisabled()).orElse(false));
        TextField cacheDays = robot.lookup("#setting-offlineCacheDays").queryAs(TextField.class);
        robot.doubleClickOn(cacheDays).eraseText(cacheDays.getText().length()).write("999");
        assertThat(robot.lookup("#setting-offlineCacheDays-error").queryAs(Label.class).getText())
                .isEqualTo("Must be 0–365 days");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isTrue();
    }
}
