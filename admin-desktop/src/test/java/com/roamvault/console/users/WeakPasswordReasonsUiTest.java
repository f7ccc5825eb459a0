package com.roamvault.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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

/** A refused master password reset: the admin reads each reason once, the server's. */
@ExtendWith(ApplicationExtension.class)
class WeakPasswordReasonsUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
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
    void eachReasonOfARefusedPasswordIsShownOnce(FxRobot robot) throws Exception {
        UsersScreenRobot.connect(robot, server);
        robot.clickOn("#nav-users");
        UsersScreenRobot.pickFromWholeList(robot, "CORP\\sgarcia", 10);
        robot.clickOn("#users-reset");
        robot.clickOn(UsersViewUiTest.reveal(robot, "#users-reset-password")).write("password1");
        robot.clickOn(UsersViewUiTest.reveal(robot, "#users-reset-submit"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> UsersViewUiTest.text(robot, "#users-reset-reasons").contains("below the required 3"));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = shownLines(robot);
        assertThat(lines).filteredOn(l -> l.contains("at least 12 characters")).hasSize(1);
        assertThat(lines).doesNotHaveDuplicates();

        // typing again: the server's reasons were about the old text; the estimate speaks, once
        robot.clickOn("#users-reset-password").write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownLines(robot)).filteredOn(l -> l.contains("at least 12 characters")).hasSize(1)
                .allMatch(l -> l.contains("this has 10"));
    }

    /** Every line of text showing in the reset pane, without the final full stop (the two lists differed by it). */
    private static List<String> shownLines(FxRobot robot) {
        return robot.lookup("#users-reset-pane").lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                        && visible(n)).queryAllAs(Labeled.class).stream()
                .flatMap(l -> Arrays.stream(l.getText().split("\n")))
                .map(String::strip).map(l -> l.endsWith(".") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isEmpty()).toList();
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
