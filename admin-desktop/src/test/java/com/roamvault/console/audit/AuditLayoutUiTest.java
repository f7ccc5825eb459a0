package com.roamvault.console.audit;

import static com.roamvault.console.TestPhone.journalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.console.ConsoleAtSize;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The audit history of the real console against the demo server (its month of history, phones that
 * worked offline, a revoked phone): nothing cut at both sizes, the table has the height, devices by
 * name, and the chart of events per day.
 */
@ExtendWith(ApplicationExtension.class)
class AuditLayoutUiTest {
    private static final String ALICE = "CORP\\amorgan";
    private static final String ALICE_PHONE = "Pixel 8 Pro (Alice Morgan)";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static RoamvaultServer server;
    private static AdminClient admin;
    private FxUiExecutor executor;
    private Stage stage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        TestPhone alice = TestPhone.register(server, ALICE, ALICE_PHONE);
        alice.sync();
        Instant flight = Instant.now().minus(2, ChronoUnit.DAYS);
        alice.uploadAudit(List.of(
                journalEvent(AuditActions.CACHE_UNLOCKED, "offline", flight, "method=biometric"),
                journalEvent(AuditActions.PASSWORD_REVEALED, "offline", flight.plusSeconds(60), null),
                journalEvent(AuditActions.PASSWORD_COPIED, "offline", flight.plusSeconds(70), "field=password"),
                journalEvent(AuditActions.CACHE_LOCKED, "offline", flight.plusSeconds(600), "reason=timeout")));
        TestPhone.register(server, "CORP\\dkowalski", "Galaxy S24 Ultra (Dawid Kowalski)").sync();
        admin.devices().revoke(TestPhone.register(server, "CORP\\tnguyen", "Lost phone").deviceId());
        TestPhone.tryLogin(server, "CORP\\sgarcia", "not her password");
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

    @Test
    void nothingIsCutAtTheDefaultSize(FxRobot robot) throws Exception {
        assertNothingCut(robot, ConsoleAtSize.DEFAULT_WIDTH, ConsoleAtSize.DEFAULT_HEIGHT);
    }

    @Test
    void nothingIsCutAtUiScaleOneAndAHalf(FxRobot robot) throws Exception {
        assertNothingCut(robot, ConsoleAtSize.SCALED_WIDTH, ConsoleAtSize.SCALED_HEIGHT);
    }

    @Test
    void theTableShowsAtLeastFifteenRowsAtTheDefaultSize(FxRobot robot) throws Exception {
        Scene scene = shown(robot, ConsoleAtSize.DEFAULT_WIDTH, ConsoleAtSize.DEFAULT_HEIGHT);
        // as the screen opens: nothing selected yet, so no details band under the table
        assertThat(WaitForAsyncUtils.asyncFx(() -> wholeRows(table(robot))).get(5, TimeUnit.SECONDS))
                .isGreaterThanOrEqualTo(15);
        assertThat(scene.getHeight()).isEqualTo(ConsoleAtSize.DEFAULT_HEIGHT);
    }

    @Test
    void theDeviceColumnNamesThePhoneAsTheDevicesScreenDoes(FxRobot robot) throws Exception {
        shown(robot, ConsoleAtSize.DEFAULT_WIDTH, ConsoleAtSize.DEFAULT_HEIGHT);
        robot.clickOn("#audit-user").write(ALICE);
        robot.clickOn("#audit-apply");
        // by her, or about her (her account was created on the history's first day)
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table(robot).getItems().size() >= 4
                && table(robot).getItems().stream().allMatch(r -> ALICE.equals(r.event().username())
                || ALICE.equals(r.event().subjectUsername())));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> devices = WaitForAsyncUtils.asyncFx(() -> columnTexts(table(robot), "Device"))
                .get(5, TimeUnit.SECONDS);
        String id = admin.devices().list(ALICE).getFirst().deviceId();
        assertThat(devices).contains(ALICE_PHONE).noneMatch(text -> text.startsWith(id.substring(0, 4)));
    }

    @Test
    void theChartHasABarForEachDayWithEventsAndFollowsTheFilter(FxRobot robot) throws Exception {
        shown(robot, ConsoleAtSize.DEFAULT_WIDTH, ConsoleAtSize.DEFAULT_HEIGHT);
        robot.clickOn("Events per day");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !bars(robot).isEmpty());

        Set<String> expected = daysWithEvents(AuditFilter.ALL);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20); // the demo's month of history
        assertThat(bars(robot)).containsExactlyInAnyOrderElementsOf(expected);

        robot.clickOn("#audit-user").write(ALICE);
        robot.clickOn("#audit-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> hers = daysWithEvents(new AuditFilter(null, ALICE, null, null, null, null, null, null));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> bars(robot).equals(hers));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // her account's creation a month ago, the flight two days ago, and today's sync
        assertThat(hers).contains(LABEL.format(today), LABEL.format(today.minusDays(2))).hasSize(3);
        assertThat(robot.lookup("#audit-chart .chart-title").queryAs(Label.class).getText())
                .isEqualTo("Matching events per day, last 30 days");
    }

    private void assertNothingCut(FxRobot robot, double width, double height) throws Exception {
        Scene scene = shown(robot, width, height);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#audit-verify");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#audit-verify-result")
                .queryAs(Label.class).getText().startsWith("Hash chain intact"));

        assertThat(scene.getWidth()).isEqualTo(width);
        assertThat(ConsoleAtSize.clipped(robot, scene)).isEmpty();
        // her history: offline badges, her phone's name, a month-old account creation
        robot.clickOn("#audit-user").write(ALICE);
        robot.clickOn("#audit-apply");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .filter(AuditRow::offline).count() == 4);
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(AuditRow::offline).findFirst().orElseThrow()));
        assertThat(ConsoleAtSize.clipped(robot, scene)).as("her history").isEmpty();
        robot.clickOn("Events per day");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ConsoleAtSize.clipped(robot, scene)).as("the chart's tab").isEmpty();
    }

    private Scene shown(FxRobot robot, double width, double height) throws Exception {
        Scene scene = ConsoleAtSize.show(robot, stage, "audit", width, height);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table(robot).getItems().size() >= 100);
        WaitForAsyncUtils.waitForFxEvents();
        return scene;
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditRow> table(FxRobot robot) {
        return robot.lookup("#audit-table").queryAs(TableView.class);
    }

    /** Rows drawn wholly inside the table's viewport. */
    private static int wholeRows(TableView<AuditRow> table) {
        Node flow = table.lookup(".virtual-flow");
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        int whole = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }

    private static List<String> columnTexts(TableView<AuditRow> table, String column) {
        List<String> texts = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && cell.getTableColumn().getText().equals(column) && cell.getText() != null) {
                texts.add(cell.getText());
            }
        }
        return texts;
    }

    /** The day labels of the bars drawn taller than nothing. */
    @SuppressWarnings("unchecked")
    private static Set<String> bars(FxRobot robot) {
        BarChart<String, Number> chart = robot.lookup("#audit-chart").queryAs(BarChart.class);
        Set<String> days = new HashSet<>();
        for (XYChart.Data<String, Number> bar : chart.getData().getFirst().getData()) {
            if (bar.getNode() != null && bar.getNode().isVisible() && bar.getNode().getLayoutBounds().getHeight() > 0
                    && bar.getYValue().longValue() > 0) {
                days.add(bar.getXValue());
            }
        }
        return days;
    }

    /** What the server's history holds: the UTC days of the last 30 with at least one event. */
    private static Set<String> daysWithEvents(AuditFilter filter) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Set<String> days = new HashSet<>();
        Long before = null;
        do {
            AuditPage page = admin.audit().page(filter, 1000, before);
            for (AuditEvent e : page.events()) {
                LocalDate day = e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
                if (!day.isBefore(today.minusDays(29))) {
                    days.add(LABEL.format(day));
                }
            }
            before = page.next();
        } while (before != null);
        return days;
    }
}
