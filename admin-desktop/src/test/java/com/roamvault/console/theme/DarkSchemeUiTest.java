package com.roamvault.console.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
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

/** The header's Dark toggle and Ctrl+D switch Primer light/dark at once, and the choice outlives the window. */
@ExtendWith(ApplicationExtension.class)
class DarkSchemeUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private Path preferences;

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
        Path config = Files.createTempDirectory("console-config");
        preferences = ThemePreference.besides(config.resolve("servers.json"));
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(config.resolve("servers.json"))), executor, ThemePreference.in(preferences));
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void theToggleSwitchesToDarkAndTheShortcutBackAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#theme-dark").tryQuery().isPresent());

        WaitForAsyncUtils.waitForFxEvents(); // the session's screen is attached on the FX thread
        robot.clickOn("#theme-dark");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
        assertThat(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(ThemePreference.in(preferences).dark()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
        assertThat(robot.lookup("#theme-dark").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(ThemePreference.in(preferences).dark()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);

        // the next start: light by default, then the remembered choice applies
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.apply(false);
            ColorScheme next = new ColorScheme(ThemePreference.in(preferences));
            assertThat(next.darkProperty().get()).isTrue();
        }).get(5, TimeUnit.SECONDS);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
    }
}
