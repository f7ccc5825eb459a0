package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServer;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * The admin token lives 8 h on the server: once the server's clock has passed that, the next call
 * from any screen brings the console back to the connect screen with the server filled in.
 */
@ExtendWith(ApplicationExtension.class)
class SessionExpiryUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private KnownServers known;

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
        known = new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"));
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(), known), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private static void signIn(FxRobot robot) throws Exception {
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-screen").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anExpiredTokenBringsBackTheConnectScreenWithTheServerFilledIn(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        signIn(robot);

        server.wiring().clock().advance(Duration.ofHours(9)); // past the admin token's 8 h
        robot.clickOn("#nav-devices"); // any screen's call notices

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#connect-screen").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav").tryQuery()).isEmpty();
        Label message = robot.lookup("#connect-error").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Your session expired — sign in again.");
        assertThat(message.isVisible()).isTrue();
        assertThat(robot.lookup("#connect-url").queryAs(TextField.class).getText()).isEqualTo(server.url());
        assertThat(robot.lookup("#connect-pin").queryAs(TextField.class).getText()).isEqualTo(server.pin());
        assertThat(robot.lookup("#connect-password").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#connect-known").queryAs(ComboBox.class).getItems())
                .containsExactly(new KnownServer(server.url(), server.pin()));
        assertThat(known.load()).containsExactly(new KnownServer(server.url(), server.pin()));

        // the old session's shortcuts are gone: Ctrl+1 does not reopen a screen of it
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(robot.lookup("#connect-screen").tryQuery()).isPresent();

        signIn(robot); // only the password again
        assertThat(robot.lookup("#connect-screen").tryQuery()).isEmpty();
    }
}
