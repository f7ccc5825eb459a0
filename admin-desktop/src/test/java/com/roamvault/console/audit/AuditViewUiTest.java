package com.roamvault.console.audit;

import static com.roamvault.console.TestPhone.journalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/**
 * The real window, headless, against the real server: a phone uploaded offline events of one
 * user, other users worked online; filtering to that user's offline events shows those and nothing
 * else. Leaving the screen stops the live tail.
 */
@ExtendWith(ApplicationExtension.class)
class AuditViewUiTest {
    static final String OFFLINE_USER = "CORP\\amorgan";
    private static RoamvaultServer server;
    private static List<AuditUploadEvent> offline;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        TestPhone amorgan = TestPhone.register(server, OFFLINE_USER, "Alice's phone");
        Instant flight = Instant.now().minusSeconds(6 * 3600);
        offline = List.of(
                journalEvent(AuditActions.CACHE_UNLOCKED, "offline", flight, "method=master"),
                journalEvent(AuditActions.RECORD_VIEWED, "offline", flight.plusSeconds(60), "on the plane"),
                journalEvent(AuditActions.PASSWORD_COPIED, "offline", flight.plusSeconds(90), "field=password"));
        amorgan.uploadAudit(offline);
        // the same user online, and another user online: neither may show
        amorgan.uploadAudit(List.of(journalEvent(AuditActions.CACHE_LOCKED, "online", Instant.now(), "back online")));
        TestPhone jsmith = TestPhone.register(server, TestPhone.USER, "John's phone");
        jsmith.uploadAudit(List.of(
                journalEvent(AuditActions.CACHE_UNLOCKED, "online", Instant.now(), "method=biometric"),
                journalEvent(AuditActions.RECORD_VIEWED, "online", Instant.now(), "at the desk")));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxUiExecutor("console-worker");
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"))), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void filteringToAUsersOfflineEventsShowsExactlyThose(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-audit").tryQuery().isPresent());
        // the lookup can see the session's screens while the FX thread is still attaching them
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-audit");
        // the whole history first, jsmith's online events among it
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .anyMatch(r -> r.detail().equals("at the desk")));

        robot.clickOn("#audit-user").write(OFFLINE_USER);
        choose(robot, "#audit-origin", "offline");
        robot.clickOn("#audit-user").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table(robot).getItems().size() == offline.size());
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> shownIds = table(robot).getItems().stream().map(r -> r.event().id()).collect(Collectors.toSet());
        assertThat(shownIds).isEqualTo(offline.stream().map(AuditUploadEvent::id).collect(Collectors.toSet()));
        // what the admin reads: newest first, each row marked offline, the end of the history reached
        assertThat(table(robot).getItems()).extracting(AuditRow::detail)
                .containsExactly("field=password", "on the plane", "method=master");
        assertThat(robot.lookup(".table-row-cell." + AuditTable.OFFLINE_ROW).queryAll()).hasSize(3);
        assertThat(robot.lookup(".origin-badge.offline").queryAll()).hasSize(3);
        assertThat(robot.lookup(".origin-badge.online").tryQuery()).isEmpty();
        assertThat(robot.lookup(".table-row-cell").lookup("at the desk").tryQuery()).isEmpty();
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText()).isEqualTo("3 loaded · end of history");

        robot.clickOn(robot.lookup(".table-row-cell").lookup("on the plane").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audit-detail-id").queryAs(Label.class).getText()).isEqualTo(offline.get(1).id());
        assertThat(robot.lookup("#audit-detail-origin").queryAs(Label.class).getText()).isEqualTo("offline");
        assertThat(robot.lookup("#audit-detail-received").queryAs(Label.class).getText()).contains("after it occurred");

        // the live tail runs while the screen is shown and stops when the admin leaves it
        ToggleButton tail = robot.lookup("#audit-tail").queryAs(ToggleButton.class);
        robot.clickOn(tail);
        assertThat(tail.isSelected()).isTrue();
        robot.clickOn("#nav-devices");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tail.isSelected()).isFalse();
    }

    @SuppressWarnings("unchecked")
    static TableView<AuditRow> table(FxRobot robot) {
        return (TableView<AuditRow>) robot.lookup("#audit-table").queryAs(TableView.class);
    }

    /**
     * Opens a combo box and clicks one of its choices as a person would. The choice is located on
     * the FX thread, since the popup's list may rebuild its cells while it opens.
     */
    static void choose(FxRobot robot, String comboQuery, String text) throws Exception {
        ComboBox<?> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
        robot.clickOn(combo);
        AtomicReference<Point2D> at = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            at.set(WaitForAsyncUtils.asyncFx(() -> robot.lookup((Node n) -> n instanceof ListCell<?> cell
                            && text.equals(cell.getText()) && n.getScene() != null && n.isVisible()).tryQuery()
                    .map(n -> n.localToScreen(n.getBoundsInLocal()))
                    .map(b -> new Point2D(b.getCenterX(), b.getCenterY())).orElse(null)).get());
            return at.get() != null;
        });
        robot.clickOn(at.get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.equals(combo.getValue()));
    }
}
