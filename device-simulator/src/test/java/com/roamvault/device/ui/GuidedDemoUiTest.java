package com.roamvault.device.ui;

import static com.roamvault.device.ui.GuidedScreen.USER;
import static com.roamvault.device.ui.GuidedScreen.await;
import static com.roamvault.device.ui.GuidedScreen.awaitStep;
import static com.roamvault.device.ui.GuidedScreen.inScene;
import static com.roamvault.device.ui.GuidedScreen.playUntil;
import static com.roamvault.device.ui.GuidedScreen.shown;
import static com.roamvault.device.ui.GuidedScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.device.ui.support.Texts;
import com.roamvault.ui.FxUiExecutor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
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

/**
 * The guided demo's caption strip, headless, against the real demo server (which closes idle
 * connections after {@link #SERVER_IDLE_MILLIS}, as a presenter's pause would outlast): played to
 * its end by the presenter's keys and clicks, watched on the phone.
 */
@ExtendWith(ApplicationExtension.class)
class GuidedDemoUiTest {
    private static final long SERVER_IDLE_MILLIS = 2000;
    private static DemoLab lab;
    private SimulatorViewModel simulator;
    private FxUiExecutor executor;
    private SimulatorWindow window;
    private Stage stage;

    @BeforeAll
    static void startServer() {
        lab = new DemoLab(SERVER_IDLE_MILLIS);
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage primary) throws IOException {
        stage = new Stage();
        executor = new FxUiExecutor("phone-worker");
        simulator = GuidedScreen.simulator(lab, executor, USER);
        window = SimulatorWindow.show(stage, simulator, false);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.stop();
        robot.interact(stage::close);
        executor.close();
    }

    @Test
    void thePresenterPlaysTheStoryToItsEndThroughPausesLongerThanTheServersIdleTimeout(FxRobot robot)
            throws InterruptedException {
        openOnALoggedInPhone(robot);
        assertThat(text(robot, "#guided-title")).isEqualTo("Sync");
        assertThat(text(robot, "#guided-caption")).contains("jsmith");
        Bounds next = inScene(robot, "#guided-next");

        robot.type(KeyCode.SPACE); // the strip opened with the focus on Next: Space plays step 1
        awaitStep(robot, 2);
        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 1:").contains("records in the offline cache");
        for (int step = 2; step <= 10; step++) {
            assertThat(text(robot, "#guided-progress")).isEqualTo("Step " + step + " of 10");
            assertThat(inScene(robot, "#guided-next")).as("Next before step " + step).isEqualTo(next);
            if (step == 3 || step == 9) { // the presenter talks: the server drops the idle connections meanwhile
                Thread.sleep(SERVER_IDLE_MILLIS * 5 / 2);
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
        assertThat(inScene(robot, "#guided-next")).as("Next on the end card").isEqualTo(next);
        assertThat(robot.lookup("#guided-next").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#status-lock")).isEqualTo("Unlocked");
    }

    @Test
    void stepFiveOpensTheRecordsOnThePhoneRevealsAPasswordAndShowsTheCopy(FxRobot robot) {
        openOnALoggedInPhone(robot);
        playUntil(robot, 5);
        List<String> titles = new ArrayList<>();
        List<Instant> shownAt = new ArrayList<>();
        robot.interact(() -> simulator.phones().getFirst().phone().detail().titleProperty()
                .addListener((obs, old, title) -> {
                    if (!title.isEmpty()) {
                        titles.add(title);
                        shownAt.add(Instant.now());
                    }
                }));

        robot.clickOn("#guided-next");
        awaitStep(robot, 6);

        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 5:");
        assertThat(titles).as("two records opened on the phone, one after the other").hasSize(2);
        assertThat(Duration.between(shownAt.get(0), shownAt.get(1))).as("the first stayed on screen a moment")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(text(robot, "#detail-title")).isEqualTo(titles.get(1));
        assertThat(text(robot, "#detail-password")).as("revealed").isNotBlank().doesNotContain("•");
        assertThat(text(robot, "#detail-reveal")).isEqualTo("Hide");
        assertThat(text(robot, "#detail-clipboard")).startsWith("Clipboard: " + titles.get(0) + " password");
        String journal = String.join("\n", robot.lookup("#control-journal").<ListView<String>>query().getItems())
                .toLowerCase(Locale.ROOT).replace('_', ' ');
        assertThat(journal).contains("viewed", "revealed", "copied");
        assertThat(journal.split("viewed", -1)).as("two views").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void restartAfterTheClockPassedExpiryPutsThePhonesClockBackOnRealTime(FxRobot robot) {
        openOnALoggedInPhone(robot);
        playUntil(robot, 7);
        assertThat(robot.lookup(".status-date").queryLabeled().getText())
                .isEqualTo(Texts.date(Instant.now().plus(Duration.ofHours(25))));

        robot.clickOn("#guided-restart");
        await(() -> "Step 1 of 10".equals(text(robot, "#guided-progress"))
                && !robot.lookup("#guided-restart").queryButton().isDisabled());

        Instant deviceTime = simulator.phones().getFirst().phone().snapshotProperty().get().deviceTime();
        assertThat(Duration.between(Instant.now(), deviceTime).abs()).isLessThan(Duration.ofSeconds(30));
        assertThat(robot.lookup(".status-date").queryLabeled().getText()).isEqualTo(Texts.date(Instant.now()));
        assertThat(robot.lookup("#status-clock").queryLabeled().getText())
                .isIn(Texts.clock(Instant.now()), Texts.clock(Instant.now().minusSeconds(60)));
        long id = AdminCall.userId(lab.admin(), USER);
        assertThat(AdminCall.run("user options", () -> lab.admin().settings().user(id)).overrides().offlineCacheDays())
                .as("override put back").isNull();
        assertThat(text(robot, "#guided-result")).isEmpty();
        assertThat(robot.lookup("#guided-next").queryButton().isDisabled()).isFalse();
    }

    @Test
    void spaceAndEnterPlayTheNextStepWhereverTheFocusIsButTypeInATextField(FxRobot robot) {
        // (the README promises it: the presenter may have clicked into a phone or the toolbar)
        openOnALoggedInPhone(robot);

        robot.clickOn(".list-header"); // into the phone: its record list has the focus
        assertThat(robot.lookup("#records-list").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        awaitStep(robot, 2);
        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 1:");

        robot.interact(() -> robot.lookup("#scheme-menu").query().requestFocus()); // into the toolbar
        robot.type(KeyCode.SPACE);
        awaitStep(robot, 3);
        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 2:");
        assertThat(robot.lookup("#scheme-menu").queryAs(MenuButton.class).isShowing())
                .as("the focused menu did not open").isFalse();

        robot.clickOn(".list-header");
        robot.type(KeyCode.ENTER);
        awaitStep(robot, 4);
        assertThat(text(robot, "#guided-result")).startsWith("✓ Step 3:");

        robot.clickOn("#records-search").write("core sw");
        assertThat(robot.lookup("#records-search").queryAs(TextField.class).getText()).isEqualTo("core sw");
        assertThat(text(robot, "#guided-progress")).as("Space typed, it played nothing").isEqualTo("Step 4 of 10");
        assertThat(shown(robot, "#guided-running")).isFalse();

        robot.clickOn("#guided-close"); // the demo closed, the keys are the focused control's again
        robot.interact(() -> robot.lookup("#scheme-menu").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#scheme-menu").queryAs(MenuButton.class).isShowing()).isTrue();
        assertThat(simulator.guided().progressProperty().get()).isEqualTo("Step 4 of 10");
        robot.interact(() -> robot.lookup("#scheme-menu").queryAs(MenuButton.class).hide());
    }

    @Test
    void withoutADemoPhoneTheStripSaysWhatToDo(FxRobot robot) {
        robot.clickOn("#guided-demo");
        await(() -> shown(robot, "#guided-panel"));

        assertThat(text(robot, "#guided-title")).isEqualTo("No demo phone yet");
        assertThat(robot.lookup("#guided-next").queryButton().isDisabled()).isTrue();
    }

    private void openOnALoggedInPhone(FxRobot robot) {
        robot.interact(() -> simulator.addPhone(USER, true));
        await(() -> "Unlocked".equals(text(robot, "#status-lock"))
                && !robot.lookup(".list-header").queryAll().isEmpty());
        robot.clickOn("#guided-demo");
        await(() -> shown(robot, "#guided-panel") && "Step 1 of 10".equals(text(robot, "#guided-progress")));
    }
}
