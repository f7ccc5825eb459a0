package com.roamvault.console.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleAtSize;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.contrast.RenderedContrast;
import com.roamvault.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Records screen of the real console with a demo record that has a one-time password key and
 * earlier versions (one a phone's lost conflict): its form (with the key's preview and live code)
 * and its History tab with a version picked show every label, value and button whole at the default size and at UI scale 1.5,
 * and read well (WCAG AA, as rendered) in the light and the dark scheme.
 */
@ExtendWith(ApplicationExtension.class)
class RecordsLayoutUiTest {
    private static RoamvaultServer server;
    private static RecordDetail withKey;
    private FxUiExecutor executor;
    private Stage stage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        withKey = DemoRecords.withKeyAndHistory(server);
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

    @ParameterizedTest(name = "at {0} x {1}")
    @CsvSource({"1200, 760", "1066, 666"})
    void aRecordWithAKeyAndItsHistoryShowWhole(double width, double height, FxRobot robot) throws Exception {
        Scene scene = ConsoleAtSize.show(robot, stage, "records", width, height);
        pickTheRecord(robot);
        assertThat(ConsoleAtSize.clipped(robot, scene)).as("the record's form").isEmpty();

        openHistoryAt(robot, DemoRecords.EARLIER_PASSWORD);
        assertThat(ConsoleAtSize.clipped(robot, scene)).as("the record's history").isEmpty();
        robot.clickOn("Details");
    }

    /** In both schemes, the form and the history with the lost conflict picked (its tint and word). */
    @Test
    void theRecordAndItsConflictReadWellInLightAndInDark(FxRobot robot) throws Exception {
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            Scene scene = ConsoleAtSize.show(robot, stage, "records", ConsoleAtSize.DEFAULT_WIDTH,
                    ConsoleAtSize.DEFAULT_HEIGHT);
            robot.interact(() -> ((ToggleButton) scene.lookup("#theme-" + scheme)).setSelected(true));
            pickTheRecord(robot);
            contrast(scene).forEach(line -> found.add(scheme + " form: " + line));
            openHistoryAt(robot, "typed-on-the-plane");
            // the row picked shows the selection; the next one the conflict tint is also checked on
            robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordVersion v
                    && DemoRecords.EARLIER_PASSWORD.equals(v.password())).queryAs(Node.class));
            contrast(scene).forEach(line -> found.add(scheme + " history: " + line));
            robot.clickOn("Details");
        }
        assertThat(found).isEmpty();
    }

    private static List<String> contrast(Scene scene) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> RenderedContrast.in(scene)).get(10, TimeUnit.SECONDS);
    }

    private static void pickTheRecord(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#records-table").queryAs(TableView.class).getItems().size() > 0);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordDetail d
                && d.recordId() == withKey.recordId()).queryAs(Node.class));
        await(() -> !robot.lookup("#record-otp-code").queryAs(Label.class).getText().isEmpty());
    }

    private static void openHistoryAt(FxRobot robot, String password) throws Exception {
        robot.clickOn("History");
        await(() -> robot.lookup("#history-table").queryAs(TableView.class).getItems().size() >= 3);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordVersion v
                && password.equals(v.password())).queryAs(Node.class));
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }
}
