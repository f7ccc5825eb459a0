package com.roamvault.console;

import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.layout.ClippedText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console window signed in to a real server, at the sizes issue 14 checks: the default
 * window, and the window a 1600x1000 screen leaves at UI scale 1.5 (the default clamped to 1066x666).
 */
public final class ConsoleAtSize {
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 760;
    public static final double SCALED_WIDTH = 1066;
    public static final double SCALED_HEIGHT = 666;

    private ConsoleAtSize() {
    }

    /** Call in {@code @Start}: the window, connecting to {@code server} as the demo admin. */
    public static void open(Stage stage, RoamvaultServer server, UiExecutor executor) throws IOException {
        ConnectViewModel connect = new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-layout").resolve("servers.json")));
        ConsoleWindow.show(stage, connect, executor);
        connect.serverUrlProperty().set(server.url());
        connect.pinProperty().set(server.pin());
        connect.usernameProperty().set(TestServers.ADMIN);
        connect.passwordProperty().set(TestServers.ADMIN_PASSWORD);
        connect.connect();
    }

    /**
     * Sizes the window so its content is {@code width} x {@code height}, then opens the screen
     * {@code id} (looked up in this stage only: the test before left its own detached nodes).
     */
    public static Scene show(FxRobot robot, Stage stage, String id, double width, double height)
            throws TimeoutException {
        Scene scene = stage.getScene();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> scene.lookup("#nav-" + id) != null);
        robot.interact(() -> ((ToggleButton) scene.lookup("#nav-" + id)).setSelected(true));
        // a stage reused from the test before may take a second resize to settle
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            if (scene.getWidth() == width && scene.getHeight() == height) {
                return true;
            }
            robot.interact(() -> {
                // the stage's decorations (none headless, some on a desktop) stay as they are
                stage.setWidth(width + stage.getWidth() - scene.getWidth());
                stage.setHeight(height + stage.getHeight() - scene.getHeight());
            });
            return false;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene;
    }

    /** What {@link ClippedText} finds, on the FX thread after a layout pass. */
    public static List<String> clipped(FxRobot robot, Scene scene) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene)).get(10, TimeUnit.SECONDS);
    }
}
