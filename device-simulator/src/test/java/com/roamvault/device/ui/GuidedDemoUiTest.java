package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.ui.FxUiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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

/** The guided demo's caption panel, headless, against the real demo server: played to its end by the presenter's keys and clicks. */
@ExtendWith(ApplicationExtension.class)
class GuidedDemoUiTest {
    private static final String USER = "CORP\\jsmith";
    private static DemoLab lab;
    private SimulatorViewModel simulator;
    private FxUiExecutor executor;
    private SimulatorWindow window;

    @BeforeAll
    static void startServer() {
        lab = new DemoLab();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        Argon2Kdf kdf = Argon2Kdf.insecureForTests(Lab.TEST_KDF);
        Path dir = Files.createTempDirectory("rv-guided-ui");
        RunOptions scenarios = new RunOptions(dir.resolve("scenarios"), kdf, null, null, null, null);
        executor = new FxUiExecutor("phone-worker");
        simulator = new SimulatorViewModel(new AdminPhoneSource(lab.admin(), dir, kdf, List.of(USER), Map.of(),
                "demo", scenarios, Map.of(USER, DemoLab.masterPasswordOf(USER))), executor, new ScriptedDialogs());
        window = SimulatorWindow.show(stage, simulator, false);
    }

    @AfterEach
    void closeWindow() {
        window.stop();
        executor.close();
    }

    @Test
    void thePresenterPlaysTheStoryToItsEndStepByStep(FxRobot robot) {
        robot.interact(() -> simulator.addPhone(USER, true));
        await(() -> "Unlocked".equals(text(robot, "#status-lock")));
        robot.clickOn("#guided-demo");
        await(() -> visible(robot, "#guided-panel"));
        assertThat(text(robot, "#guided-progress")).isEqualTo("Step 1 of 10");
        assertThat(text(robot, "#guided-title")).isEqualTo("Sync");
        assertThat(text(robot, "#guided-caption")).contains("jsmith");

        robot.type(KeyCode.SPACE); // the panel opened with the focus on Next: Space plays step 1
        awaitStep(robot, 2);
        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 1:").contains("records in the offline cache");
        for (int step = 2; step <= 10; step++) {
            assertThat(text(robot, "#guided-progress")).isEqualTo("Step " + step + " of 10");
            if (step == 6) {
                assertThat(text(robot, "#guided-title")).contains("cache is wiped");
            }
            robot.clickOn("#guided-next");
            awaitStep(robot, step + 1);
            assertThat(text(robot, "#guided-result")).as("step " + step).startsWith("✓ Step " + step + ":");
            if (step == 6) {
                assertThat(text(robot, "#end-state-title")).isEqualTo("Offline cache wiped");
            }
        }

        assertThat(text(robot, "#guided-title")).isEqualTo("That was the story");
        assertThat(text(robot, "#guided-caption")).startsWith("Every step held.");
        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 10:");
        assertThat(robot.lookup("#guided-next").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#status-lock")).isEqualTo("Unlocked");

        robot.clickOn("#guided-restart");
        await(() -> "Step 1 of 10".equals(text(robot, "#guided-progress")));
        assertThat(text(robot, "#guided-result")).isEmpty();
        assertThat(robot.lookup("#guided-next").queryButton().isDisabled()).isFalse();
    }

    @Test
    void withoutADemoPhoneThePanelSaysWhatToDo(FxRobot robot) {
        robot.clickOn("#guided-demo");
        await(() -> visible(robot, "#guided-panel"));

        assertThat(text(robot, "#guided-title")).isEqualTo("No demo phone yet");
        assertThat(robot.lookup("#guided-next").queryButton().isDisabled()).isTrue();
    }

    /** Waits until the step before {@code next} has been played (11 = the end). */
    private static void awaitStep(FxRobot robot, int next) {
        awaitSaying(robot, () -> !visible(robot, "#guided-running") && (next == 11
                ? "The end".equals(text(robot, "#guided-progress"))
                : ("Step " + next + " of 10").equals(text(robot, "#guided-progress"))
                        || text(robot, "#guided-result").startsWith("✗")));
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(GuidedDemoUiTest::shown).isPresent();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static void awaitSaying(FxRobot robot, BooleanSupplier condition) {
        try {
            await(condition);
        } catch (AssertionError e) {
            throw new AssertionError("panel: " + text(robot, "#guided-progress") + " / " + text(robot, "#guided-result")
                    + " / " + text(robot, "#guided-message") + "; phone: " + text(robot, "#status-lock"), e);
        }
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not get there within 30 s", e);
        }
    }
}
