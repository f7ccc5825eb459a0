package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.ui.FxUiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
 * The real window, headless, against the real server: clicking and typing what QA would, reading
 * what the phone shows.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneSimulatorUiTest {
    private static Lab lab;
    private SimulatorViewModel simulator;
    private FxUiExecutor executor;
    private SimulatorWindow window;
    private Path phones;

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
        Path dir = Files.createTempDirectory("rv-ui");
        phones = dir;
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
    void pairLogInSyncThenOfflinePastExpiryShowsTheWipedScreen(FxRobot robot) {
        Lab.TestUser user = lab.user(3);
        addPhone(robot, null);
        paste(robot, "#pair-code", user.pairingCode());
        robot.clickOn("#pair-button");
        await(() -> visible(robot, "#login-password"));
        robot.clickOn("#login-password").write(user.password()).type(KeyCode.ENTER);
        await(() -> "Unlocked".equals(text(robot, "#status-lock")));
        assertThat(text(robot, "#status-lease")).startsWith("cache wipes in 1");

        robot.clickOn("#nav-sync");
        robot.clickOn("#sync-button");
        await(() -> text(robot, "#sync-result").startsWith("Synced at"));

        robot.clickOn("#control-network-offline");
        await(() -> "Offline".equals(text(robot, "#status-network")));
        robot.clickOn("#control-clock-custom").push(KeyCode.END).eraseText(5).write("15d");
        robot.clickOn("#control-clock-apply");

        await(() -> visible(robot, "#end-state-title"));
        assertThat(text(robot, "#end-state-title")).isEqualTo("Offline cache wiped");
        assertThat(text(robot, "#end-state-message")).contains("expired");
        assertThat(text(robot, "#status-lock")).isEqualTo("Wiped");
        assertThat(text(robot, "#status-lease")).isEqualTo("no cache");
        robot.clickOn("#end-state-action");
        await(() -> visible(robot, "#login-password"));
    }

    @Test
    void fiveUnknownFingersShowTheBiometricLockout(FxRobot robot) {
        Lab.TestUser user = lab.user(1);
        addPhone(robot, user.username());
        robot.clickOn("#control-enroll");
        await(() -> text(robot, "#control-message").startsWith("Enrolled"));
        logIn(robot, user);
        robot.clickOn("#nav-lock");
        await(() -> visible(robot, "#unlock-fingerprint"));

        for (int i = 1; i <= 5; i++) {
            robot.clickOn("#control-touch-unknown");
            int touches = i;
            await(() -> touches < 5 ? text(robot, "#unlock-error").contains("biometric_no_match")
                    && !visible(robot, "#phone-busy") : visible(robot, "#end-state-title"));
        }

        assertThat(text(robot, "#end-state-title")).isEqualTo("Fingerprint locked out");
        assertThat(text(robot, "#end-state-message")).containsPattern("blocked until \\d\\d:\\d\\d:\\d\\d");
        robot.clickOn("#end-state-action");
        await(() -> visible(robot, "#unlock-password"));
        robot.clickOn("#unlock-password").write(user.password()).type(KeyCode.ENTER);
        await(() -> "Unlocked".equals(text(robot, "#status-lock")));
    }

    @Test
    void aServerWithAnotherKeyIsRefusedOnScreen(FxRobot robot) {
        Lab.TestUser user = lab.user(1);
        addPhone(robot, user.username());
        logIn(robot, user);
        robot.clickOn("#control-network-mitm");
        await(() -> "Intercepted".equals(text(robot, "#status-network")));
        robot.clickOn("#nav-sync");
        robot.clickOn("#sync-button");

        await(() -> visible(robot, "#end-state-title"));
        assertThat(text(robot, "#end-state-title")).isEqualTo("Connection refused");
        assertThat(text(robot, "#end-state-message")).contains("man in the middle");
        robot.clickOn("#end-state-action");
        await(() -> visible(robot, "#sync-button"));
    }

    @Test
    void searchFiltersTheListAndEscapeBacksOutOfARecord(FxRobot robot) {
        Lab.TestUser user = lab.user(5);
        String n = user.username().replaceAll("\\D", "");
        addPhone(robot, user.username());
        logIn(robot, user);
        ListView<?> list = robot.lookup("#records-list").queryListView();
        await(() -> list.getItems().size() == 6);

        robot.clickOn("#records-search").write("rec-" + n + "-3");
        await(() -> list.getItems().size() == 2);
        robot.clickOn("rec-" + n + "-3\nsvc");
        await(() -> visible(robot, "#detail-title"));
        assertThat(text(robot, "#detail-title")).isEqualTo("rec-" + n + "-3");

        robot.type(KeyCode.ESCAPE);
        await(() -> visible(robot, "#records-search"));
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void aTamperedCacheOffersWipeAndSignInAgainAndTheNextLoginBringsTheRecordsBack(FxRobot robot) throws Exception {
        Lab.TestUser user = lab.user(2);
        addPhone(robot, user.username());
        logIn(robot, user);
        robot.clickOn("#nav-lock");
        await(() -> visible(robot, "#unlock-password"));
        robot.clickOn("#control-network-offline");
        await(() -> "Offline".equals(text(robot, "#status-network")));
        Path cache;
        try (var folders = Files.list(phones)) {
            cache = folders.map(f -> f.resolve("cache.bin")).filter(Files::exists).findFirst().orElseThrow();
        }
        byte[] raw = Files.readAllBytes(cache);
        raw[raw.length / 3] ^= 0x08;
        Files.write(cache, raw);

        robot.clickOn("#unlock-password").write(user.password()).type(KeyCode.ENTER);
        await(() -> visible(robot, "#end-state-title"));
        assertThat(text(robot, "#end-state-title")).isEqualTo("Tampering detected");
        assertThat(text(robot, "#end-state-action")).isEqualTo("Wipe and sign in again");
        robot.clickOn("#end-state-action");
        await(() -> "Offline cache wiped".equals(text(robot, "#end-state-title")));
        assertThat(text(robot, "#end-state-message")).contains("reason=tampered");
        assertThat(cache).doesNotExist();
        robot.clickOn("#end-state-action");
        robot.clickOn("#control-network-online");
        logIn(robot, user);
        ListView<?> list = robot.lookup("#records-list").queryListView();
        await(() -> list.getItems().size() == 3);
    }

    // ---- helpers

    private void addPhone(FxRobot robot, String username) {
        robot.interact(() -> simulator.addPhone(username));
        await(() -> robot.lookup(".phone-frame").tryQuery().isPresent());
    }

    /** As QA does with a pairing code copied from the admin console: clipboard, then Ctrl+V. */
    private static void paste(FxRobot robot, String query, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(query).push(KeyCode.SHORTCUT, KeyCode.V);
    }

    private static void logIn(FxRobot robot, Lab.TestUser user) {
        await(() -> visible(robot, "#login-password"));
        robot.clickOn("#login-password").write(user.password()).type(KeyCode.ENTER);
        await(() -> "Unlocked".equals(text(robot, "#status-lock")));
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(PhoneSimulatorUiTest::shown).isPresent();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
            // the scene graph settles on the FX thread before the robot looks at it again
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not get there within 15 s", e);
        }
    }
}
