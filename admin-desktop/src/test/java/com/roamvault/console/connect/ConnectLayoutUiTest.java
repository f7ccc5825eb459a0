package com.roamvault.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.layout.ClippedText;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * The connect screen at the window's default size and at the size it opens with at 1.5x UI scale on
 * a 1600x1000 screen: every field label and button reads in full, with a remembered server filled in
 * and after a refused pin.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectLayoutUiTest {
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
        this.stage = stage;
        executor = new FxUiExecutor("console-worker");
        KnownServers known = new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"));
        known.remember(new KnownServer(server.url(), server.pin()));
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(), known), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void atTheDefaultSizeEveryLabelAndButtonReadsInFull(FxRobot robot) throws Exception {
        readsInFull(robot, 1200, 760);
    }

    @Test
    void atOneAndAHalfScaleEveryLabelAndButtonReadsInFull(FxRobot robot) throws Exception {
        readsInFull(robot, 1066, 666);
    }

    private void readsInFull(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
        for (String text : List.of("Server address", "Certificate pin", "Username", "Password", "Read from server…",
                "Connect", "Forget")) {
            assertThat(robot.lookup(text).tryQuery()).as(text).isPresent();
        }
        assertThat(clipped()).isEmpty();

        // a refused pin: the error below the form reads in full too
        robot.interact(() -> robot.lookup("#connect-pin").queryTextInputControl().setText(TestServers.WRONG_PIN));
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        Label error = robot.lookup("#connect-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipped()).isEmpty();
    }

    private List<String> clipped() throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> ClippedText.in(stage.getScene())));
    }
}
