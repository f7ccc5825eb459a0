package com.roamvault.console.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
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

/** The Server screen of an all-in-one server, in the real window against the real server. */
@ExtendWith(ApplicationExtension.class)
class ServerViewUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private Stage stage;

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
    void showsTheTopologyVersionUptimeAndKeysAndNoAppServers(FxRobot robot) throws Exception {
        ServerScreenRobot screen = new ServerScreenRobot(robot, stage);
        screen.open(server.url(), server.pin());

        assertThat(screen.text("#server-topology")).isEqualTo("All-in-one");
        assertThat(screen.text("#server-topology-explained")).startsWith("One server answers the phones");
        assertThat(screen.text("#server-version")).isEqualTo("0.1.0");
        assertThat(screen.text("#server-uptime")).matches("\\d+ (s|min|h \\d+ min) \\(since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\)");
        assertThat(screen.text("#server-lease-key")).isEqualTo(server.wiring().keys().leaseSigner().publicKeyBase64());
        assertThat(screen.showing("#server-no-app-servers")).isTrue();
        assertThat(screen.text("#server-no-app-servers")).isEqualTo(ServerView.NO_APP_SERVERS);
        assertThat(screen.showing("#server-app-servers")).isFalse();
    }

    @Test
    void theQrCodeOnScreenDecodesToThePinAndCopyPutsThePinOnTheClipboard(FxRobot robot) throws Exception {
        ServerScreenRobot screen = new ServerScreenRobot(robot, stage);
        screen.open(server.url(), server.pin());

        assertThat(screen.decodeQr("#server-pin-qr")).isEqualTo(server.pin());
        robot.clickOn("#server-pin-copy");
        assertThat(screen.clipboard()).isEqualTo(server.pin());
        assertThat(screen.text("#server-copied")).isEqualTo("Copied the pin.");
        robot.clickOn("#server-lease-key-copy");
        assertThat(screen.clipboard()).isEqualTo(server.wiring().keys().leaseSigner().publicKeyBase64());
    }

    @Test
    void theSystemApiKeyIsMaskedUntilRevealAndCopyGivesTheExactKey(FxRobot robot) throws Exception {
        String key = server.wiring().keys().systemApiKey();
        ServerScreenRobot screen = new ServerScreenRobot(robot, stage);
        screen.open(server.url(), server.pin());

        assertThat(screen.text("#server-api-key")).isEqualTo(ServerViewModel.MASK);
        assertThat(screen.allTexts()).noneMatch(text -> text.contains(key));
        robot.clickOn("#server-api-key-copy");
        assertThat(screen.clipboard()).isEqualTo(key);
        assertThat(screen.allTexts()).noneMatch(text -> text.contains(key));

        robot.clickOn("#server-api-key-reveal");
        assertThat(screen.text("#server-api-key")).isEqualTo(key);
        assertThat(screen.text("#server-api-key-reveal")).isEqualTo("Hide");
        robot.clickOn("#server-api-key-reveal");
        assertThat(screen.text("#server-api-key")).isEqualTo(ServerViewModel.MASK);

        // revealed, then the screen is left: whoever opens it next sees dots again
        robot.clickOn("#server-api-key-reveal");
        robot.clickOn("#nav-devices");
        robot.clickOn("#nav-server");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> screen.text("#server-pin").equals(server.pin()));
        assertThat(screen.text("#server-api-key")).isEqualTo(ServerViewModel.MASK);
    }

    @Test
    void aServerThatStopsAnsweringGetsTheConsolesErrorTextOnRefreshAndTheScreenKeepsWhatItShowed(FxRobot robot)
            throws Exception {
        RoamvaultServer going = TestServers.start();
        ServerScreenRobot screen = new ServerScreenRobot(robot, stage);
        screen.open(going.url(), going.pin());
        going.close();

        robot.clickOn("#server-refresh");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> screen.showing("#server-error"));
        assertThat(screen.text("#server-error")).startsWith("The server cannot be reached.");
        assertThat(screen.text("#server-pin")).isEqualTo(going.pin());
        assertThat(robot.lookup("#server-refresh").query().isDisabled()).isFalse();
    }

    @Test
    void nothingIsClippedAndTheQrCodeIsInViewAtTheDefaultSizeAndAtScale150(FxRobot robot) throws Exception {
        ServerScreenRobot screen = new ServerScreenRobot(robot, stage);
        screen.open(server.url(), server.pin());
        robot.clickOn("#server-api-key-reveal"); // the key is longer than its mask

        for (double[] size : ServerScreenRobot.SIZES) {
            screen.resize(size[0], size[1]);
            assertThat(screen.clipped()).as("clipped at %sx%s", size[0], size[1]).isEmpty();
            assertThat(screen.wholeInWindow("#server-pin-qr")).as("QR in view at %sx%s", size[0], size[1]).isTrue();
            assertThat(screen.wholeInWindow("#server-api-key-copy")).isTrue();
            assertThat(screen.wholeInWindow("#server-no-app-servers")).isTrue();
        }
    }
}
