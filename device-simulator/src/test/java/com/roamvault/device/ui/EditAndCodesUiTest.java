package com.roamvault.device.ui;

import static com.roamvault.device.ui.GuidedScreen.await;
import static com.roamvault.device.ui.GuidedScreen.shown;
import static com.roamvault.device.ui.GuidedScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.otp.Totp;
import com.roamvault.ui.FxUiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
 * Issue 15's phone screens in the real window, headless, against the real server: one-time codes
 * (detail and OTP page), the edit form with its generator and meter, the offline queue's badge and
 * the conflict screen, clicked and typed as a person would.
 */
@ExtendWith(ApplicationExtension.class)
class EditAndCodesUiTest {
    private static Lab lab;
    private SimulatorViewModel simulator;
    private FxUiExecutor executor;
    private SimulatorWindow window;

    @BeforeAll
    static void startServer() {
        lab = new Lab();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        Argon2Kdf kdf = Argon2Kdf.insecureForTests(Lab.TEST_KDF);
        Path dir = Files.createTempDirectory("rv-ui-edit");
        RunOptions scenarios = new RunOptions(dir.resolve("scenarios"), kdf, null, null, null, null);
        executor = new FxUiExecutor("phone-worker");
        simulator = new SimulatorViewModel(new AdminPhoneSource(lab.admin(), dir, kdf, List.of(), Map.of(), "lab",
                scenarios), executor, new ScriptedDialogs());
        window = SimulatorWindow.show(stage, simulator, false);
    }

    @AfterEach
    void closeWindow() {
        window.stop();
        executor.close();
    }

    @Test
    void theRecordsCodeIsTheRfc6238CodeAtThePhoneClockCountsDownAndCopies(FxRobot robot) throws Exception {
        Lab.TestUser user = lab.user(1);
        RecordDetail vpn = EditingLab.otpRecord(lab, user, "vpn-otp-" + user.userId());
        PhoneViewModel phone = logIn(robot, user);
        clickRow(robot, vpn.title() + "\nops");
        await(() -> shown(robot, "#detail-otp-code") && !text(robot, "#detail-otp-code").isEmpty());

        String left = text(robot, "#detail-otp-left");
        assertThat(left).matches("Valid for \\d+ s more");
        AtomicReference<OtpCode> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(phone.detail().otp().codeProperty().get()));
        assertThat(text(robot, "#detail-otp-code")).isEqualTo(Totp.code(OtpUri.parse(EditingLab.OTP_URI), shown.get().at()));
        // the page's timer recomputes it every second
        await(() -> !text(robot, "#detail-otp-left").equals(left));

        robot.clickOn("#detail-otp-copy");
        await(() -> text(robot, "#detail-clipboard").startsWith("Clipboard: " + vpn.title() + " one-time code"));
        assertThat(phone.device().clipboardText().orElseThrow()).matches("\\d{6}");
        assertThat(phone.device().pendingAudit()).extracting(e -> e.action())
                .contains(AuditActions.OTP_VIEWED, AuditActions.OTP_COPIED);

        robot.clickOn("#nav-otp");
        await(() -> shown(robot, "#otp-list"));
        ListView<?> codes = robot.lookup("#otp-list").queryListView();
        await(() -> codes.getItems().size() == 1);
        await(() -> robot.lookup(".otp-code").queryAll().stream().map(n -> ((Labeled) n).getText())
                .anyMatch(t -> t.matches("\\d{6}")));
    }

    @Test
    void aViewOnlyListShowsEditDisabledWithTheReason(FxRobot robot) {
        Lab.TestUser user = lab.user(1);
        logIn(robot, user);
        openFirstRecord(robot, user);
        assertThat(robot.lookup("#detail-edit").query().isDisabled()).isTrue();
        assertThat(text(robot, "#detail-edit-hint")).isEqualTo("View only: you may not modify the records of this list.");
    }

    @Test
    void anEditSavedOnlineReachesTheServerWithAGeneratedPasswordTheMeterCallsStrong(FxRobot robot) throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "online");
        logIn(robot, user);
        long id = openFirstRecord(robot, user);
        robot.clickOn("#detail-edit");
        await(() -> shown(robot, "#edit-username"));
        assertThat(robot.lookup("#edit-username-label").queryAs(javafx.scene.control.Label.class).getLabelFor())
                .isSameAs(robot.lookup("#edit-username").query());

        replaceText(robot, "#edit-username", "svc-from-the-phone");
        robot.clickOn("#edit-generate");
        await(() -> text(robot, "#edit-strength-label").matches("(Strong \\(3|Very strong \\(4)/4\\)"));
        robot.clickOn("#edit-save");

        await(() -> "Saved on the server.".equals(text(robot, "#detail-notice")));
        assertThat(text(robot, "#detail-username")).isEqualTo("svc-from-the-phone");
        RecordDetail onServer = lab.admin().records().get(id);
        assertThat(onServer.username()).isEqualTo("svc-from-the-phone");
        assertThat(onServer.password()).hasSize(20).isNotEqualTo("pw-" + number(user) + "-0");
    }

    @Test
    void anOfflineEditShowsThePendingBadgeUntilTheNextSync(FxRobot robot) throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "offline");
        logIn(robot, user);
        long id = openFirstRecord(robot, user);
        robot.clickOn("#control-network-offline");
        await(() -> "Offline".equals(text(robot, "#status-network")));
        robot.clickOn("#detail-edit");
        await(() -> shown(robot, "#edit-username"));
        replaceText(robot, "#edit-username", "svc-offline");
        robot.clickOn("#edit-save");
        await(() -> text(robot, "#detail-notice").startsWith("Saved on this phone: waiting to sync"));

        robot.type(KeyCode.ESCAPE);
        await(() -> "1 edit waiting to sync".equals(text(robot, "#records-pending-edits"))
                && shown(robot, "#records-pending-edits"));
        assertThat(lab.admin().records().get(id).username()).isEqualTo("svc");

        robot.clickOn("#control-network-online");
        await(() -> "Online".equals(text(robot, "#status-network")));
        robot.clickOn("#nav-sync");
        robot.clickOn("#sync-button");
        await(() -> text(robot, "#sync-result").startsWith("Synced at"));
        robot.clickOn("#nav-records");
        await(() -> shown(robot, "#records-search") && !shown(robot, "#records-pending-edits"));
        assertThat(lab.admin().records().get(id).username()).isEqualTo("svc-offline");
    }

    @Test
    void aConflictShowsTheValuesOfBothSidesUntilDismissed(FxRobot robot) throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "online");
        logIn(robot, user);
        long id = openFirstRecord(robot, user);
        RecordDetail before = lab.admin().records().get(id);
        lab.admin().records().update(id, new RecordRequest(before.title(), "svc-by-admin", before.password(),
                before.url(), before.notes(), null, null, null));
        robot.clickOn("#detail-edit");
        await(() -> shown(robot, "#edit-username"));
        replaceText(robot, "#edit-username", "svc-by-phone");
        robot.clickOn("#edit-save");

        await(() -> shown(robot, "#edit-review-conflict"));
        assertThat(text(robot, "#edit-error")).contains("edit_conflict");
        robot.clickOn("#edit-review-conflict");
        await(() -> shown(robot, "#conflicts-list") && !robot.lookup(".conflict-yours").queryAll().isEmpty());
        assertThat(robot.lookup(".conflict-yours").queryAll()).extracting(n -> ((Labeled) n).getText())
                .containsExactly("svc-by-phone");
        assertThat(robot.lookup(".conflict-servers").queryAll()).extracting(n -> ((Labeled) n).getText())
                .containsExactly("svc-by-admin");

        robot.clickOn("#conflicts-dismiss");
        await(() -> shown(robot, "#records-search") && !shown(robot, "#records-conflicts"));
    }

    // ---- helpers

    private PhoneViewModel logIn(FxRobot robot, Lab.TestUser user) {
        robot.interact(() -> simulator.addPhone(user.username()));
        await(() -> shown(robot, "#login-password"));
        robot.clickOn("#login-password").write(user.password()).type(KeyCode.ENTER);
        await(() -> "Unlocked".equals(text(robot, "#status-lock")));
        return simulator.phones().getFirst().phone();
    }

    private long openFirstRecord(FxRobot robot, Lab.TestUser user) {
        String title = "rec-" + number(user) + "-0";
        clickRow(robot, title + "\nsvc");
        await(() -> title.equals(text(robot, "#detail-title")) && !shown(robot, "#phone-busy"));
        return simulator.phones().getFirst().phone().device().findByTitle(title).orElseThrow().recordId();
    }

    /** The list fills in the background after the unlock: wait for the row, then click it. */
    private static void clickRow(FxRobot robot, String text) {
        await(() -> robot.lookup(text).tryQuery().filter(GuidedScreen::shown).isPresent());
        robot.clickOn(text);
    }

    private static String number(Lab.TestUser user) {
        return user.username().replaceAll("\\D", "");
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }
}
