package com.roamvault.console.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleAtSize;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.contrast.RenderedContrast;
import com.roamvault.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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
 * The real console's screens, with the server's answers on them, in Light and in Dark: every text
 * shown reads at WCAG AA against what JavaFX painted behind it.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleContrastUiTest {
    private static final List<String> SCREENS = List.of("dashboard", "settings", "users", "devices", "audit", "server");
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private Stage stage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        TestPhone.register(server, "CORP\\amorgan", "Pixel 8 Pro (Alice Morgan)").sync();
        TestPhone.tryLogin(server, "CORP\\sgarcia", "not her password");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxUiExecutor("console-worker");
        this.stage = stage;
        ConsoleAtSize.open(stage, server, executor);
    }

    @AfterEach
    void stopExecutor() throws Exception {
        executor.close();
        WaitForAsyncUtils.asyncFx(() -> Theme.apply(false)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void everyScreenReadsWellInLightAndInDark(FxRobot robot) throws Exception {
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String screen : SCREENS) {
                Scene scene = ConsoleAtSize.show(robot, stage, screen, ConsoleAtSize.DEFAULT_WIDTH,
                        ConsoleAtSize.DEFAULT_HEIGHT);
                robot.interact(() -> ((ToggleButton) scene.lookup("#theme-" + scheme)).setSelected(true));
                WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> loaded(scene, screen))
                        .get(10, TimeUnit.SECONDS));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.asyncFx(() -> RenderedContrast.in(scene)).get(10, TimeUnit.SECONDS)
                        .forEach(line -> found.add(scheme + " " + screen + ": " + line));
            }
        }
        assertThat(found).isEmpty();
    }

    /** The server's answer is on the screen (asked on the FX thread). */
    private static boolean loaded(Scene scene, String screen) {
        return switch (screen) {
            case "dashboard" -> scene.lookup("#dash-devices-active") instanceof Label l && !l.getText().equals("–");
            case "devices" -> scene.lookup("#devices-table") instanceof TableView<?> t && !t.getItems().isEmpty();
            case "settings" -> scene.lookup("#setting-offlineCacheDays") != null
                    && !scene.lookup("#setting-offlineCacheDays").isDisabled();
            default -> true;
        };
    }
}
