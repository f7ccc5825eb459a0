package com.roamvault.console.users;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.Snapshots;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Not a test: renders the User Accounts screen at the default window size (Li Chen selected, her
 * offline-days override showing, a locked account in the list)
 * into the PNG the README shows. Runs only when asked:
 * {@code mvn -o -pl admin-desktop -am test -Dtest=UsersScreenshot -Dconsole.screenshot=$PWD/docs/console-users.png}
 */
@EnabledIfSystemProperty(named = "console.screenshot", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class UsersScreenshot {
    private static RoamvaultServer server;
    private Stage stage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        TestPhone.register(server, DemoSeeder.OVERRIDE_USER, "Li Chen's Pixel 8 Pro").sync();
        for (int i = 0; i < 5; i++) {
            TestPhone.tryLogin(server, "CORP\\dkowalski", "not-the-password");
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        FxUiExecutor executor = new FxUiExecutor("console-worker");
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-shot").resolve("servers.json"))), executor);
        // the window's own default size (1200 x 760), the one the layout tests check
    }

    @Test
    void usersScreenWithLiChenSelected(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-users").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-users");
        UsersViewUiTest.pick(robot, "Li Chen", DemoSeeder.OVERRIDE_USER);
        // then the whole list again, with her row still selected
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#users-search").query()).clear());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> UsersViewUiTest.text(robot, "#users-page").endsWith(" of 10"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "3 days".equals(UsersViewUiTest.text(robot, "#user-option-offlineCacheDays-effective")));
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        Snapshots.save(stage.getScene(), Path.of(System.getProperty("console.screenshot")));
    }
}
