package com.roamvault.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleAtSize;
import com.roamvault.console.TestServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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

/** The Mobile App Settings of the real console show every option, range and meaning whole, at both sizes. */
@ExtendWith(ApplicationExtension.class)
class SettingsLayoutUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private Stage stage;

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
        this.stage = stage;
        ConsoleAtSize.open(stage, server, executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void nothingIsCutAtTheDefaultSize(FxRobot robot) throws Exception {
        assertNothingCut(robot, ConsoleAtSize.DEFAULT_WIDTH, ConsoleAtSize.DEFAULT_HEIGHT);
    }

    @Test
    void nothingIsCutAtUiScaleOneAndAHalf(FxRobot robot) throws Exception {
        assertNothingCut(robot, ConsoleAtSize.SCALED_WIDTH, ConsoleAtSize.SCALED_HEIGHT);
    }

    private void assertNothingCut(FxRobot robot, double width, double height) throws Exception {
        Scene scene = ConsoleAtSize.show(robot, stage, "settings", width, height);
        // loaded: the options are enabled once the server's values are in
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#setting-offlineCacheDays").query().isDisabled());

        assertThat(scene.getWidth()).isEqualTo(width);
        assertThat(ConsoleAtSize.clipped(robot, scene)).isEmpty();
    }
}
