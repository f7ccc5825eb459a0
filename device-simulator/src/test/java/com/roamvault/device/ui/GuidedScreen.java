package com.roamvault.device.ui;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.ui.layout.ClippedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the guided demo's UI tests share: the simulator over a demo server, and reading the screen as a person does. */
final class GuidedScreen {
    static final String USER = "CORP\\jsmith";

    private GuidedScreen() {
    }

    /** The simulator's ViewModel for the demo users given, with their documented master passwords. */
    static SimulatorViewModel simulator(DemoLab lab, com.roamvault.ui.UiExecutor executor, String... users)
            throws IOException {
        Argon2Kdf kdf = Argon2Kdf.insecureForTests(Lab.TEST_KDF);
        Path dir = Files.createTempDirectory("rv-guided-ui");
        RunOptions scenarios = new RunOptions(dir.resolve("scenarios"), kdf, null, null, null, null);
        Map<String, String> passwords = List.of(users).stream()
                .collect(Collectors.toMap(u -> u, DemoLab::masterPasswordOf));
        return new SimulatorViewModel(new AdminPhoneSource(lab.admin(), dir, kdf, List.of(users), Map.of(), "demo",
                scenarios, passwords), executor, new ScriptedDialogs());
    }

    /** Waits until the step before {@code next} has been played (11 = the end). */
    static void awaitStep(FxRobot robot, int next) {
        awaitSaying(robot, () -> !shown(robot, "#guided-running") && (next == 11
                ? "The end".equals(text(robot, "#guided-progress"))
                : ("Step " + next + " of 10").equals(text(robot, "#guided-progress"))
                        || text(robot, "#guided-result").startsWith("✗")));
    }

    /** Plays steps until {@code next} is the one shown, each by the Next button, each ✓. */
    static void playUntil(FxRobot robot, int next) {
        int at = Integer.parseInt(text(robot, "#guided-progress").replaceAll("Step (\\d+) of 10", "$1"));
        for (int step = at; step < next; step++) {
            robot.clickOn("#guided-next");
            awaitStep(robot, step + 1);
            if (!text(robot, "#guided-result").startsWith("✓ Step " + step + ":")) {
                throw new AssertionError("step " + step + ": " + text(robot, "#guided-result"));
            }
        }
    }

    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(GuidedScreen::shown).isPresent();
    }

    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(GuidedScreen::shown).map(n -> ((Labeled) n).getText()).orElse("");
    }

    /** Where {@code query} is drawn in the window. */
    static Bounds inScene(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.localToScene(n.getBoundsInLocal());
    }

    /** {@link ClippedText} on the FX thread: every text cut off and every sideways scroll. */
    static List<String> clipped(Scene scene) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not look at the layout", e);
        }
    }

    static void awaitSaying(FxRobot robot, BooleanSupplier condition) {
        try {
            await(condition);
        } catch (AssertionError e) {
            throw new AssertionError("panel: " + text(robot, "#guided-progress") + " / " + text(robot, "#guided-result")
                    + " / " + text(robot, "#guided-message") + "; phone: " + text(robot, "#status-lock"), e);
        }
    }

    /** The condition reads the scene graph, so it is asked on the FX thread, never beside a layout pass. */
    static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(10, TimeUnit.SECONDS));
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not get there within 40 s", e);
        }
    }
}
