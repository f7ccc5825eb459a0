package com.roamvault.device.ui;

import static com.roamvault.device.ui.GuidedScreen.await;
import static com.roamvault.device.ui.GuidedScreen.inScene;
import static com.roamvault.device.ui.GuidedScreen.shown;
import static com.roamvault.device.ui.GuidedScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.ui.FxUiExecutor;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The guided demo open beside two phones, on a 1600 x 1000 screen (the headless one): at the
 * window's default size both phones and the caption strip are whole, nothing cut off; at 1.5x UI
 * scale (the same screen is 1066 x 666 logical) the second phone goes under the first, and still
 * no text is cut and nothing scrolls sideways.
 */
@ExtendWith(ApplicationExtension.class)
class GuidedDemoLayoutUiTest {
    private static final String OTHER = "CORP\\amorgan";
    private static DemoLab lab;
    private SimulatorViewModel simulator;
    private FxUiExecutor executor;
    private SimulatorWindow window;
    private Stage stage;

    @BeforeAll
    static void startServer() {
        lab = new DemoLab();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage primary) throws IOException {
        stage = new Stage(); // a window of its own each time: the primary stage keeps the size a test gave it
        executor = new FxUiExecutor("phone-worker");
        simulator = GuidedScreen.simulator(lab, executor, GuidedScreen.USER, OTHER);
        window = SimulatorWindow.show(stage, simulator, false);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.stop();
        robot.interact(stage::close);
        executor.close();
    }

    @Test
    void atTheDefaultSizeBothPhonesAndTheGuidedStripFitAndNothingIsCutOff(FxRobot robot) {
        openWithTwoPhones(robot);
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isLessThanOrEqualTo(1600);
        assertThat(scene.getHeight()).isLessThanOrEqualTo(1000);

        Set<Double> stripHeights = new HashSet<>();
        for (int step = 1; step <= 10; step++) { // every caption, and every check's result line
            assertWhole(robot, scene, "step " + step);
            stripHeights.add(inScene(robot, "#guided-panel").getHeight());
            GuidedScreen.playUntil(robot, step + 1);
        }
        assertWhole(robot, scene, "the end card");
        assertThat(stripHeights).as("the phones under the strip never jump").hasSize(1);
    }

    private static void assertWhole(FxRobot robot, Scene scene, String when) {
        for (String column : List.of("#device-jsmith-phone-1", "#device-amorgan-phone-1", "#guided-panel")) {
            Bounds b = inScene(robot, column);
            assertThat(b.getMinX()).as(column + " at " + when).isGreaterThanOrEqualTo(0);
            assertThat(b.getMinY()).as(column + " at " + when).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(column + " right edge at " + when).isLessThanOrEqualTo(scene.getWidth());
            assertThat(b.getMaxY()).as(column + " bottom edge at " + when).isLessThanOrEqualTo(scene.getHeight());
        }
        Node phones = robot.lookup(".phones").query();
        while (!(phones instanceof ScrollPane)) {
            phones = phones.getParent();
        }
        assertThat(((ScrollPane) phones).getChildrenUnmodifiable())
                .filteredOn(n -> n instanceof ScrollBar && n.isVisible())
                .as("the phones need no scrolling, either way, at " + when).isEmpty();
        assertThat(GuidedScreen.clipped(scene)).as("at " + when).isEmpty();
    }

    @Test
    void atOneAndAHalfTimesTheScaleNothingIsCutOffAndNothingScrollsSideways(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1066);
            stage.setHeight(666);
        });
        openWithTwoPhones(robot);
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isLessThanOrEqualTo(1066);

        for (int step = 1; step <= 10; step++) {
            assertStripWhole(robot, scene, "step " + step);
            GuidedScreen.playUntil(robot, step + 1);
        }
        assertStripWhole(robot, scene, "the end card");
    }

    private static void assertStripWhole(FxRobot robot, Scene scene, String when) {
        Bounds strip = inScene(robot, "#guided-panel");
        assertThat(strip.getMaxX()).as("at " + when).isLessThanOrEqualTo(scene.getWidth());
        assertThat(strip.getMaxY()).as("at " + when).isLessThan(scene.getHeight() / 2);
        // two phones do not fit beside each other at this size: one goes under the other, nothing scrolls sideways
        assertThat(GuidedScreen.clipped(scene)).as("at " + when).isEmpty();
    }

    private void openWithTwoPhones(FxRobot robot) {
        robot.interact(() -> {
            simulator.addPhone(GuidedScreen.USER, true);
            simulator.addPhone(OTHER, true);
        });
        await(() -> robot.lookup("#status-lock").queryAll().size() == 2
                && robot.lookup("#status-lock").queryAll().stream()
                        .allMatch(n -> "Unlocked".equals(((javafx.scene.control.Labeled) n).getText())));
        robot.clickOn("#guided-demo");
        await(() -> shown(robot, "#guided-panel") && "Step 1 of 10".equals(text(robot, "#guided-progress")));
    }
}
