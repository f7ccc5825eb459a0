package com.roamvault.console.records;

import com.roamvault.console.ConsoleAtSize;
import com.roamvault.console.Snapshots;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the Records screen at the default window size, a demo record with a one-time
 * password key picked (its form, then its history with a phone's lost conflict), into the PNGs the
 * README shows: {@code <out>.png} and {@code <out>-history.png}. Runs only when asked:
 * {@code mvn -o -pl admin-desktop -am test -Dtest=RecordsScreenshot -Dconsole.screenshot=$PWD/docs/console-records.png}
 */
@EnabledIfSystemProperty(named = "console.screenshot", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class RecordsScreenshot {
    private static RoamvaultServer server;
    private static RecordDetail withKey;
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
        this.stage = stage;
        ConsoleAtSize.open(stage, server, new FxUiExecutor("console-worker"));
    }

    @Test
    void recordsScreenWithAKeyAndItsHistory(FxRobot robot) throws Exception {
        Scene scene = ConsoleAtSize.show(robot, stage, "records", ConsoleAtSize.DEFAULT_WIDTH,
                ConsoleAtSize.DEFAULT_HEIGHT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#records-table").queryAs(TableView.class).getItems().size() > 0);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordDetail d
                && d.recordId() == withKey.recordId()).queryAs(Node.class));
        robot.sleep(1500);
        Path out = Path.of(System.getProperty("console.screenshot"));
        Snapshots.save(scene, out);

        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#history-table").queryAs(TableView.class).getItems().size() >= 2);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getStyleClass().contains("conflict"))
                .queryAs(Node.class));
        robot.sleep(500);
        Snapshots.save(scene, out.resolveSibling(out.getFileName().toString().replace(".png", "-history.png")));
    }
}
