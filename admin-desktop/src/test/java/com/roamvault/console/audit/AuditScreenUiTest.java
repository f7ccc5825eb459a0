package com.roamvault.console.audit;

import static com.roamvault.console.TestPhone.journalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.theme.ColorScheme;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
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
 * The audit screen on its own stage against the real server, the file chooser answering a path:
 * export of the filter in effect, verification, paging by scrolling, a mistyped date.
 */
@ExtendWith(ApplicationExtension.class)
class AuditScreenUiTest {
    private static final String PAGED_USER = "CORP\\pnair";
    private static final String REVOKED_USER = "CORP\\dkowalski";
    private static RoamvaultServer server;
    private static AdminClient client;
    private static List<AuditUploadEvent> offline;
    private static Path target;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        client = RoamvaultClient.connect(server.url(), server.pin()).admin();
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        TestPhone phone = TestPhone.register(server, "CORP\\lchen", "Li's phone");
        Instant trip = Instant.now().minusSeconds(2 * 86400);
        offline = IntStream.range(0, 12).mapToObj(i -> journalEvent(AuditActions.RECORD_VIEWED, "offline",
                trip.plusSeconds(i * 60L), "site visit " + i)).toList();
        phone.uploadAudit(offline);
        phone.uploadAudit(List.of(journalEvent(AuditActions.RECORD_VIEWED, "online", Instant.now(), "office")));
        TestPhone.register(server, TestPhone.USER, "Other phone").uploadAudit(List.of(
                journalEvent(AuditActions.RECORD_VIEWED, "offline", trip, "someone else offline")));
        TestPhone.register(server, PAGED_USER, "Busy phone").uploadAudit(IntStream.range(0, 250)
                .mapToObj(i -> journalEvent(AuditActions.RECORD_VIEWED, "online", trip.plusSeconds(i), "busy " + i))
                .toList());
        // an admin's action on a user: the admin acted, the user is its subject
        client.devices().revoke(TestPhone.register(server, REVOKED_USER, "Lost phone").deviceId());
        target = Files.createTempDirectory("audit-export-ui").resolve("lchen-offline.csv");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor("console-worker");
        AuditViewModel vm = new AuditViewModel(executor, AuditApi.of(client), ZoneId.systemDefault());
        Theme.apply(false);
        Scene scene = new Scene(new StackPane(new AuditView(vm, (owner, suggested) -> target).build()), 1200, 760);
        Theme.style(scene, ColorScheme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void exportWritesTheHeaderAndExactlyTheFilteredRows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !AuditViewUiTest.table(robot).getItems().isEmpty());
        robot.clickOn("#audit-user").write("CORP\\lchen");
        AuditViewUiTest.choose(robot, "#audit-origin", "offline");
        robot.clickOn("#audit-apply");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> AuditViewUiTest.table(robot).getItems().size() == 12);

        robot.clickOn("#audit-export");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#audit-export-status")
                .queryAs(Label.class).getText().startsWith("Exported"));
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("seq,id,occurredAt,receivedAt,username,deviceId,platform,action,result,"
                + "recordId,listId,title,origin,clientIp,detail,hash,subjectUsername");
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize(offline.size());
        // newest first, as on screen
        for (int i = 0; i < rows.size(); i++) {
            AuditUploadEvent expected = offline.get(offline.size() - 1 - i);
            assertThat(rows.get(i)).contains(expected.id()).contains("CORP\\lchen").contains(",offline,")
                    .contains(expected.detail());
        }
        assertThat(robot.lookup("#audit-export-status").queryAs(Label.class).getText())
                .isEqualTo("Exported " + String.format("%,d", Files.size(target)) + " bytes to " + target);
        assertThat(robot.lookup("#audit-export-error").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#audit-verify");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#audit-verify-result")
                .queryAs(Label.class).getText().startsWith("Hash chain intact"));
        assertThat(robot.lookup("#audit-verify-result").queryAs(Label.class).getStyleClass()).contains("verify-intact");
    }

    @Test
    void scrollingToTheBottomLoadsTheNextPageOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !AuditViewUiTest.table(robot).getItems().isEmpty());
        robot.clickOn("#audit-user").write(PAGED_USER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#audit-status").queryAs(Label.class)
                .getText().equals("200 loaded · more available"));

        // the status is set with the items; the rows are drawn at the next pulse
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(".table-row-cell").lookup("busy 249").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".table-row-cell").lookup("busy 249").queryLabeled());
        robot.type(KeyCode.END); // to the last loaded row: the table scrolls to its bottom

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#audit-status").queryAs(Label.class)
                .getText().startsWith("25"));
        WaitForAsyncUtils.waitForFxEvents();
        List<AuditRow> rows = AuditViewUiTest.table(robot).getItems();
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText()).endsWith("· end of history");
        assertThat(rows.stream().map(AuditRow::seq).toList()).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(rows.stream().filter(r -> r.detail().startsWith("busy "))).hasSize(250);
        assertThat(robot.lookup("#audit-load-more").queryButton().isVisible()).isFalse();
    }

    @Test
    void theUserFilterFindsWhatAnAdminDidToThatUser(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !AuditViewUiTest.table(robot).getItems().isEmpty());
        robot.clickOn("#audit-user").write("corp\\DKOWALSKI").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> AuditViewUiTest.table(robot).getItems().stream()
                .anyMatch(r -> r.action().equals(AuditActions.DEVICE_REVOKED)));
        WaitForAsyncUtils.waitForFxEvents();
        List<AuditRow> rows = AuditViewUiTest.table(robot).getItems();
        assertThat(rows).allSatisfy(r -> assertThat(List.of(r.username(), r.subject())).contains(REVOKED_USER));
        assertThat(rows).extracting(AuditRow::username).contains(TestServers.ADMIN, REVOKED_USER);

        // the table names the action as people read it
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(".table-row-cell").lookup("Device revoked").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-row-cell").lookup("Device revoked").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audit-detail-user").queryAs(Label.class).getText()).isEqualTo(TestServers.ADMIN);
        assertThat(robot.lookup("#audit-detail-subject").queryAs(Label.class).getText()).isEqualTo(REVOKED_USER);
    }

    @Test
    void aMistypedDateIsShownAndNothingIsAsked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !AuditViewUiTest.table(robot).getItems().isEmpty());
        robot.clickOn(robot.lookup("#audit-from").lookup(".text-field").queryAs(javafx.scene.Node.class))
                .write("not a day").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#audit-error").queryAs(Label.class)
                .getText().contains("From is not a date"));
        assertThat(AuditViewUiTest.table(robot).getItems()).isNotEmpty();
    }
}
