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
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
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

/** The real window, headless, against the real server: what the admin sees of inherited and overridden options. */
@ExtendWith(ApplicationExtension.class)
class UsersViewUiTest {
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
        stage.setWidth(1200);
        stage.setHeight(800);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void aGlobalChangeMadeInSettingsShowsAsTheInheritedAndEffectiveValueOfAUser(FxRobot robot) throws Exception {
        connect(robot);
        robot.clickOn("#nav-settings"); // the dashboard comes first
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "14".equals(text(robot, "#setting-offlineCacheDays")));
        for (MobileOption option : MobileOption.values()) { // every option of the catalogue has its field
            assertThat(robot.lookup("#setting-" + option.key()).tryQuery()).as(option.key()).isPresent();
        }
        robot.doubleClickOn("#setting-offlineCacheDays").write("21");
        Node save = robot.lookup("#settings-save").query();
        robot.interact(() -> ((ScrollPane) robot.lookup("#settings-screen").query().getParent().getParent().getParent())
                .setVvalue(1));
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Saved.".equals(text(robot, "#settings-status")));

        robot.clickOn("#nav-users");
        pick(robot, "jsmith", "CORP\\jsmith");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "21 days".equals(text(robot, "#user-option-offlineCacheDays-effective")));
        assertThat(text(robot, "#user-option-offlineCacheDays-inherit")).isEqualTo("inherit (21 days)");
        for (MobileOption option : MobileOption.values()) { // and every per-user one its override row
            assertThat(robot.lookup("#user-option-" + option.key() + "-effective").tryQuery()).as(option.key())
                    .matches(found -> found.isPresent() == option.perUser());
        }
        assertThat(robot.lookup("#user-option-offlineCacheDays").query().getParent().isVisible())
                .as("the override editor is hidden while inheriting").isFalse();
        // Li Chen's own 3 days are not touched by the global change
        robot.doubleClickOn("#users-search").write("lchen"); // replaces the word typed before
        pick(robot, null, "CORP\\lchen");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "3 days".equals(text(robot, "#user-option-offlineCacheDays-effective")));
        assertThat(text(robot, "#user-option-offlineCacheDays")).isEqualTo("3");
        assertThat(robot.lookup("#user-option-offlineCacheDays").query().getParent().isVisible()).isTrue();
    }

    @Test
    void anOverrideTypedAndSavedThenInheritedAgain(FxRobot robot) throws Exception {
        connect(robot);
        robot.clickOn("#nav-users");
        pick(robot, "pnair", "CORP\\pnair");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "5 minutes".equals(text(robot, "#user-option-autoLockMinutes-effective")));

        robot.clickOn("#user-option-autoLockMinutes-inherit");
        robot.doubleClickOn("#user-option-autoLockMinutes").write("9");
        robot.clickOn("#users-save");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "9 minutes".equals(text(robot, "#user-option-autoLockMinutes-effective")));
        long id = pnairId();
        assertThat(admin.settings().user(id).overrides().autoLockMinutes()).isEqualTo(9);
        assertThat(admin.settings().user(id).effective().autoLockMinutes()).isEqualTo(9);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> UsersScreenRobot.flagged(robot, "CORP\\pnair", "overrides"));

        robot.clickOn("#user-option-autoLockMinutes-inherit");
        assertThat(text(robot, "#user-option-autoLockMinutes-inherit")).isEqualTo("inherit (5 minutes)");
        robot.clickOn("#users-save");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "5 minutes".equals(text(robot, "#user-option-autoLockMinutes-effective")));
        assertThat(admin.settings().user(id).overrides().autoLockMinutes()).isNull();
        assertThat(admin.settings().user(id).overrides().isEmpty()).isTrue();
    }

    @Test
    void phoneEditsAreChosenGloballyAndPerUserAndReachTheServer(FxRobot robot) throws Exception {
        connect(robot);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !robot.lookup("#setting-mobileEditMode").query().isDisabled());
        assertThat(chosen(robot, "#setting-mobileEditMode")).isEqualTo("while online");
        robot.clickOn("#setting-mobileEditMode");
        robot.clickOn("read-only");
        robot.interact(() -> ((ScrollPane) robot.lookup("#settings-screen").query().getParent().getParent().getParent())
                .setVvalue(1));
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Saved.".equals(text(robot, "#settings-status")));
        assertThat(admin.settings().global().mobileEditMode()).isEqualTo("off");

        robot.clickOn("#nav-users");
        pick(robot, "mrossi", "CORP\\mrossi");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "read-only".equals(text(robot, "#user-option-mobileEditMode-effective")));
        assertThat(text(robot, "#user-option-mobileEditMode-inherit")).isEqualTo("inherit (read-only)");
        robot.clickOn(reveal(robot, "#user-option-mobileEditMode-inherit"));
        assertThat(chosen(robot, "#user-option-mobileEditMode")).as("starts from the inherited word").isEqualTo("read-only");
        robot.clickOn(reveal(robot, "#user-option-mobileEditMode"));
        robot.clickOn("online and offline (queued)");
        robot.clickOn(reveal(robot, "#users-save"));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "online and offline (queued)".equals(text(robot, "#user-option-mobileEditMode-effective")));
        long id = admin.users().page("mrossi", 5, 0).users().stream()
                .filter(u -> u.username().equals("CORP\\mrossi")).findFirst().map(UserSummary::id).orElseThrow();
        assertThat(admin.settings().user(id).overrides().mobileEditMode()).isEqualTo("offline");
        assertThat(admin.settings().user(id).effective().mobileEditMode()).isEqualTo("offline");
        assertThat(admin.settings().global().mobileEditMode()).as("the global word stays").isEqualTo("off");
    }

    /** The drop-down's word as the admin reads it. */
    @SuppressWarnings("unchecked")
    private static String chosen(FxRobot robot, String query) throws Exception {
        javafx.scene.control.ComboBox<String> box = robot.lookup(query).queryAs(javafx.scene.control.ComboBox.class);
        return WaitForAsyncUtils.asyncFx(() -> box.getConverter().toString(box.getValue())).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aTooSmallOverrideIsMarkedAndNotSent(FxRobot robot) throws Exception {
        connect(robot);
        robot.clickOn("#nav-users");
        pick(robot, "tnguyen", "CORP\\tnguyen");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "30 seconds".equals(text(robot, "#user-option-clipboardClearSeconds-effective")));

        robot.clickOn("#user-option-clipboardClearSeconds-inherit");
        robot.doubleClickOn("#user-option-clipboardClearSeconds").write("2");

        assertThat(text(robot, "#user-option-clipboardClearSeconds-error")).isEqualTo("Must be 5–600 seconds");
        assertThat(robot.lookup("#users-save").query().isDisabled()).isTrue();
    }

    @Test
    void pairingCodeShowsTheQrImageAndCopiesTheUriAndTheResetPaneJudgesAsYouType(FxRobot robot) throws Exception {
        connect(robot);
        robot.clickOn("#nav-users");
        pick(robot, "mrossi", "CORP\\mrossi");

        robot.clickOn("#users-pairing");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#users-pairing-uri").startsWith("roamvault://pair?"));
        ImageView qr = robot.lookup("#users-pairing-image").queryAs(ImageView.class);
        assertThat(qr.getImage()).isNotNull();
        assertThat(qr.getImage().isError()).isFalse();
        assertThat(qr.getImage().getWidth()).isGreaterThan(50);
        robot.clickOn(reveal(robot, "#users-pairing-copy"));
        AtomicReference<String> clipboard = new AtomicReference<>();
        robot.interact(() -> clipboard.set(Clipboard.getSystemClipboard().getString()));
        assertThat(clipboard.get()).isEqualTo(text(robot, "#users-pairing-uri"));

        robot.clickOn(reveal(robot, "#users-reset"));
        robot.clickOn(reveal(robot, "#users-reset-password")).write("password1");
        assertThat(text(robot, "#users-reset-feedback")).contains("too weak");
        robot.clickOn(reveal(robot, "#users-reset-submit"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#users-reset-reasons").contains("12 characters"));
        assertThat(robot.lookup("#users-reset-pane").query().isVisible()).isTrue();
    }

    private static long pnairId() throws Exception {
        return admin.users().page("pnair", 5, 0).users().stream().filter(u -> u.username().equals("CORP\\pnair"))
                .findFirst().map(UserSummary::id).orElseThrow();
    }

    private static void connect(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        // the screens are attached in one go on the FX thread; wait until that is done, not just begun
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-users").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the search (unless null), waits for the row to appear and clicks it. */
    static void pick(FxRobot robot, String search, String username) throws Exception {
        if (search != null) {
            robot.clickOn("#users-search").write(search);
        }
        // the search answers after a pause; wait for its result, not the unfiltered list that was there before
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> ((ListView<?>) robot.lookup("#users-rows").query())
                .getItems().stream().map(u -> ((UserSummary) u).username()).toList().equals(java.util.List.of(username)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(UsersScreenRobot.row(robot, username));
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> text(robot, "#users-detail-title").startsWith(username + " — "));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No detail of " + username + " shown; title \"" + text(robot, "#users-detail-title")
                    + "\", error \"" + text(robot, "#users-error") + "\"", e);
        }
    }

    /**
     * Scrolls the user detail so the node is in view (a robot clicks only what the admin could see).
     * A pane that has just appeared may still be laid out, so it scrolls again until the node is inside the viewport.
     */
    static Node reveal(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = enclosingScroll(node);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.asyncFx(() -> {
                scroll.applyCss();
                scroll.layout();
                Node content = scroll.getContent();
                double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (top - 40) / room)));
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> inView(scroll, node)).get();
        });
        return node;
    }

    private static ScrollPane enclosingScroll(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        throw new AssertionError(node + " is not inside a scroll pane");
    }

    private static boolean inView(ScrollPane scroll, Node node) {
        javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return node.isVisible() && bounds.getMinY() >= viewport.getMinY() && bounds.getMaxY() <= viewport.getMaxY();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText()
                : ((javafx.scene.control.TextInputControl) n).getText()).orElse("");
    }
}
