package com.roamvault.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.layout.ClippedText;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
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
 * User Accounts as the demo shows it, at the window's default size and at the size it opens with at
 * 1.5x UI scale on a 1600x1000 screen: every label, header and cell reads in full, nothing scrolls
 * sideways, and the pairing QR code is in view without scrolling; further down the options and devices,
 * and a refused password's reasons, read in full too.
 */
@ExtendWith(ApplicationExtension.class)
class UsersLayoutUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private Stage stage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        // a phone that synced, so the devices table shows a name, dates and a lease
        TestPhone.register(server, DemoSeeder.OVERRIDE_USER, "Li Chen's Pixel 8 Pro").sync();
        // and a locked account in the list
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
        executor = new FxUiExecutor("console-worker");
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"))), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void atTheDefaultSizeNothingIsCutAndTheQrCodeShowsWithoutScrolling(FxRobot robot) throws Exception {
        showsEverything(robot, 1200, 760);
    }

    @Test
    void atOneAndAHalfScaleNothingIsCutAndTheQrCodeShowsWithoutScrolling(FxRobot robot) throws Exception {
        showsEverything(robot, 1066, 666);
    }

    private void showsEverything(FxRobot robot, double width, double height) throws Exception {
        UsersScreenRobot.resize(robot, stage, width, height);
        UsersScreenRobot.connect(robot, server);
        robot.clickOn("#nav-users");
        UsersScreenRobot.pickFromWholeList(robot, DemoSeeder.OVERRIDE_USER, 10);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#users-devices").query().isVisible());

        robot.clickOn("#users-pairing");
        ImageView qr = robot.lookup("#users-pairing-image").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> qr.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
        assertThat(clipped()).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> UsersScreenRobot.inViewUnscrolled(qr)).get())
                .as("the QR code is inside the visible part of the screen, unscrolled").isTrue();

        // further down: the options with their effective values, and the devices with their dates
        UsersViewUiTest.reveal(robot, "#users-devices");
        assertThat(clipped()).isEmpty();

        // a refused master password: the server's reasons wrap, they are not cut
        robot.clickOn(UsersViewUiTest.reveal(robot, "#users-reset"));
        robot.clickOn(UsersViewUiTest.reveal(robot, "#users-reset-password")).write("password1");
        robot.clickOn(UsersViewUiTest.reveal(robot, "#users-reset-submit"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> UsersViewUiTest.text(robot, "#users-reset-reasons").contains("below the required"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipped()).isEmpty();
    }

    private List<String> clipped() throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> ClippedText.in(stage.getScene())));
    }
}
