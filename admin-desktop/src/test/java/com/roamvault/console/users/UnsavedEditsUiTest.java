package com.roamvault.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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

/** Picking another user while an override is typed but not saved: the console asks, in a real dialog. */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsUiTest {
    private static final String EDITED = "CORP\\pnair";
    private static final String OTHER = "CORP\\amorgan";
    private static RoamvaultServer server;
    private static AdminClient admin;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
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
    void keepingEditingKeepsTheSelectionAndTheTypedOverride(FxRobot robot) throws Exception {
        typeAnOverrideFor(robot);

        robot.clickOn(UsersScreenRobot.row(robot, OTHER));
        assertThat(question(robot)).contains(EDITED).contains(OTHER);
        robot.clickOn(UnsavedEdits.KEEP);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(UsersViewUiTest.text(robot, "#users-detail-title")).startsWith(EDITED + " — ");
        assertThat(UsersViewUiTest.text(robot, "#user-option-autoLockMinutes")).isEqualTo("9");
        assertThat(robot.lookup("#users-save").query().isDisabled()).as("still to be saved").isFalse();
        assertThat(listSelection(robot)).as("the list shows whom the detail is about").isEqualTo(EDITED);
    }

    @Test
    void discardingShowsTheOtherUserAndTheTypedOverrideIsGone(FxRobot robot) throws Exception {
        typeAnOverrideFor(robot);

        robot.clickOn(UsersScreenRobot.row(robot, OTHER));
        question(robot);
        robot.clickOn(UnsavedEdits.DISCARD);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> UsersViewUiTest.text(robot, "#users-detail-title").startsWith(OTHER + " — "));
        assertThat(listSelection(robot)).isEqualTo(OTHER);
        // back to the edited user, without a question now: the server's value, not the typed one
        robot.clickOn(UsersScreenRobot.row(robot, EDITED));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> UsersViewUiTest.text(robot, "#users-detail-title").startsWith(EDITED + " — ")
                        && "5 minutes".equals(UsersViewUiTest.text(robot, "#user-option-autoLockMinutes-effective")));
        assertThat(UsersViewUiTest.text(robot, "#user-option-autoLockMinutes-inherit")).isEqualTo("inherit (5 minutes)");
        assertThat(robot.lookup(UnsavedEdits.KEEP).tryQuery()).isEmpty();
        long id = admin.users().page("pnair", 5, 0).users().stream().filter(u -> u.username().equals(EDITED))
                .findFirst().map(UserSummary::id).orElseThrow();
        assertThat(admin.settings().user(id).overrides().autoLockMinutes()).as("nothing was sent").isNull();
    }

    /** Picks {@link #EDITED} from the whole list and types an auto-lock override of 9, not saved. */
    private void typeAnOverrideFor(FxRobot robot) throws Exception {
        UsersScreenRobot.connect(robot, server);
        robot.clickOn("#nav-users");
        UsersScreenRobot.pickFromWholeList(robot, EDITED, 10);
        robot.clickOn(UsersViewUiTest.reveal(robot, "#user-option-autoLockMinutes-inherit"));
        robot.doubleClickOn(UsersViewUiTest.reveal(robot, "#user-option-autoLockMinutes")).write("9");
        assertThat(robot.lookup("#users-save").query().isDisabled()).isFalse();
    }

    /** Waits for the question and returns what it says. */
    private static String question(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(UnsavedEdits.KEEP).tryQuery().isPresent());
        return robot.lookup(".dialog-pane .content").queryAs(Labeled.class).getText();
    }

    private static String listSelection(FxRobot robot) {
        UserSummary selected = (UserSummary) ((ListView<?>) robot.lookup("#users-rows").query())
                .getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.username();
    }
}
