package com.roamvault.console.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.theme.Appearance;
import com.roamvault.ui.theme.DesktopScheme;
import com.roamvault.ui.theme.SchemeChoice;
import com.roamvault.ui.theme.SchemeFile;
import com.roamvault.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
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

/**
 * The header's System / Light / Dark: System (the default) follows the desktop while it changes,
 * Light and Dark and Ctrl+D (swap) switch Primer at once, and the choice outlives the window in
 * console.properties (where an older console wrote only "dark" or "light").
 */
@ExtendWith(ApplicationExtension.class)
class SchemeChoiceUiTest {
    private static RoamvaultServer server;
    private final SimpleBooleanProperty desktopDark = new SimpleBooleanProperty();
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
        preferences = ColorScheme.besides(config.resolve("servers.json"));
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(config.resolve("servers.json"))), executor,
                Appearance.remembered(SchemeFile.in(preferences), DesktopScheme.of(desktopDark)));
    }

    @AfterEach
    void stopExecutor() throws Exception {
        executor.close();
        WaitForAsyncUtils.asyncFx(() -> Theme.apply(false)).get(5, TimeUnit.SECONDS); // the theme is the JVM's
    }

    @Test
    void systemFollowsTheDesktopTheButtonsAndTheShortcutChooseAndTheChoiceIsRemembered(FxRobot robot)
            throws Exception {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#theme-dark").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the session's screen is attached on the FX thread
        assertThat(selected(robot, "#theme-system")).isTrue();

        robot.interact(() -> desktopDark.set(true)); // the user switches the desktop to dark
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);

        robot.clickOn("#theme-light");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
        assertThat(SchemeFile.in(preferences).choice()).isEqualTo(SchemeChoice.LIGHT);

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
        assertThat(selected(robot, "#theme-dark")).isTrue();
        robot.interact(() -> desktopDark.set(false)); // an explicit choice ignores the desktop
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
        assertThat(SchemeFile.in(preferences).choice()).isEqualTo(SchemeChoice.DARK);

        robot.clickOn("#theme-system");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
        assertThat(SchemeFile.in(preferences).choice()).isEqualTo(SchemeChoice.SYSTEM);
        assertThat(Files.readString(preferences)).contains("scheme=system");

        // the next start, from a file an older console wrote: its "dark" is an explicit choice
        Files.writeString(preferences, "#Roamvault admin console\nscheme=dark\n");
        WaitForAsyncUtils.asyncFx(() -> {
            Appearance next = Appearance.remembered(SchemeFile.in(preferences), DesktopScheme.of(desktopDark));
            assertThat(next.choiceProperty().get()).isEqualTo(SchemeChoice.DARK);
        }).get(5, TimeUnit.SECONDS);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
    }

    private static boolean selected(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class).isSelected();
    }
}
