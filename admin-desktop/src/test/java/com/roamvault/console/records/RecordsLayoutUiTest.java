package com.roamvault.console.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ConsoleAtSize;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Records screen of the real console with a demo record that has a one-time password key and
 * two earlier versions: its form (with the key's preview and live code) and its History tab with a
 * version picked show every label, value and button whole at the default size and at UI scale 1.5.
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
        AdminClient admin = DemoRecords.admin(server);
        withKey = DemoRecords.firstWithKey(admin);
        for (String password : new String[] {"layout-Pass-1", "layout-Pass-2"}) {
            admin.records().update(withKey.recordId(), new RecordRequest(null, null, password, null,
                    "a longer note that the history shows as it was written", null, null, null));
        }
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

    @ParameterizedTest(name = "at {0} x {1}")
    @CsvSource({"1200, 760", "1066, 666"})
    void aRecordWithAKeyAndItsHistoryShowWhole(double width, double height, FxRobot robot) throws Exception {
        Scene scene = ConsoleAtSize.show(robot, stage, "records", width, height);
        await(() -> robot.lookup("#records-table").queryAs(TableView.class).getItems().size() > 0);
        robot.interact(() -> robot.lookup("#records-table").queryAs(TableView.class).getSelectionModel()
                .select(robot.lookup("#records-table").queryAs(TableView.class).getItems().stream()
                        .filter(r -> ((RecordDetail) r).recordId() == withKey.recordId()).findFirst().orElseThrow()));
        await(() -> !robot.lookup("#record-otp-code").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        assertThat(ConsoleAtSize.clipped(robot, scene)).as("the record's form").isEmpty();

        robot.clickOn("History");
        await(() -> robot.lookup("#history-table").queryAs(TableView.class).getItems().size() >= 2);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordVersion v
                && "layout-Pass-1".equals(v.password())).queryAs(Node.class));
        assertThat(ConsoleAtSize.clipped(robot, scene)).as("the record's history").isEmpty();
        robot.clickOn("Details");
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }
}
