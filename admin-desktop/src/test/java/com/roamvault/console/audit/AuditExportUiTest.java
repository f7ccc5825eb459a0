package com.roamvault.console.audit;

import static com.roamvault.console.client.TestPhone.journalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.TestServers;
import com.roamvault.console.client.AdminClient;
import com.roamvault.console.client.TestPhone;
import com.roamvault.console.support.FxUiExecutor;
import com.roamvault.console.theme.Theme;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.server.RoamvaultServer;
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

/** Export through the screen: the chooser answers a path, the file holds the header and exactly the filtered rows. */
@ExtendWith(ApplicationExtension.class)
class AuditExportUiTest {
    private static RoamvaultServer server;
    private static AdminClient client;
    private static List<AuditUploadEvent> offline;
    private static Path target;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        client = AdminClient.of(server.url(), server.pin());
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        TestPhone phone = TestPhone.register(server, "CORP\\lchen", "Li's phone");
        Instant trip = Instant.now().minusSeconds(2 * 86400);
        offline = IntStream.range(0, 12).mapToObj(i -> journalEvent(AuditActions.RECORD_VIEWED, "offline",
                trip.plusSeconds(i * 60L), "site visit " + i)).toList();
        phone.uploadAudit(offline);
        phone.uploadAudit(List.of(journalEvent(AuditActions.RECORD_VIEWED, "online", Instant.now(), "office")));
        TestPhone.register(server, TestPhone.USER, "Other phone").uploadAudit(List.of(
                journalEvent(AuditActions.RECORD_VIEWED, "offline", trip, "someone else offline")));
        target = Files.createTempDirectory("audit-export-ui").resolve("lchen-offline.csv");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxUiExecutor();
        AuditViewModel vm = new AuditViewModel(executor, AuditApi.of(client), ZoneId.systemDefault());
        Theme.apply(false);
        Scene scene = new Scene(new StackPane(new AuditView(vm, (owner, suggested) -> target).build()), 1200, 760);
        Theme.style(scene);
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
        robot.clickOn("#audit-origin");
        robot.clickOn(AuditViewUiTest.popupItem(robot, "offline"));
        robot.clickOn("#audit-apply");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> AuditViewUiTest.table(robot).getItems().size() == 12);

        robot.clickOn("#audit-export");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#audit-export-status")
                .queryAs(Label.class).getText().startsWith("Exported"));
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("seq,id,occurredAt,receivedAt,username,deviceId,platform,action,result,"
                + "recordId,listId,title,origin,clientIp,detail,hash");
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
    void aMistypedDateIsShownAndNothingIsAsked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !AuditViewUiTest.table(robot).getItems().isEmpty());
        robot.clickOn(robot.lookup("#audit-from").lookup(".text-field").queryAs(javafx.scene.Node.class))
                .write("not a day").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#audit-error").queryAs(Label.class)
                .getText().contains("From is not a date"));
        assertThat(AuditViewUiTest.table(robot).getItems()).isNotEmpty();
    }
}
