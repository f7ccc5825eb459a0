package com.roamvault.console.users;

import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.server.RoamvaultServer;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the User Accounts tests do as the admin: size the window, sign in, pick a user from the list. */
final class UsersScreenRobot {
    private UsersScreenRobot() {
    }

    /** The window at {@code width x height} (headless, the scene gets all of it). */
    static void resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void connect(FxRobot robot, RoamvaultServer server) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        // the screens are attached in one go on the FX thread; wait until that is done, not just begun
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-users").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the unfiltered list of {@code users} rows, clicks {@code username}'s row and waits for the detail. */
    static void pickFromWholeList(FxRobot robot, String username, int users) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> ((ListView<?>) robot.lookup("#users-rows").query()).getItems().size() == users);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(robot, username));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> UsersViewUiTest.text(robot, "#users-detail-title").startsWith(username + " — ")
                        && !robot.lookup("#users-options").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row of {@code username} the admin sees (a list keeps invisible cells for measuring). */
    static Node row(FxRobot robot, String username) {
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && c.isVisible()
                && c.getItem() instanceof UserSummary u && u.username().equals(username)).queryAs(Node.class);
    }

    /** Whether {@code username}'s row shows the flag (locked, no mobile, overrides). */
    static boolean flagged(FxRobot robot, String username, String flag) {
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && c.isVisible()
                && c.getItem() instanceof UserSummary u && u.username().equals(username)
                && c.lookup(".users-flag-" + flag.replace(' ', '-')) != null).tryQuery().isPresent();
    }

    /**
     * On the FX thread: {@code node} is showing, every scroll pane around it is at its start (nobody
     * scrolled), and the node lies inside each one's viewport and inside the window.
     */
    static boolean inViewUnscrolled(Node node) {
        node.getScene().getRoot().applyCss();
        node.getScene().getRoot().layout();
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (!node.isVisible() || bounds.getMinY() < 0 || bounds.getMaxY() > node.getScene().getHeight()
                || bounds.getMinX() < 0 || bounds.getMaxX() > node.getScene().getWidth()) {
            return false;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
            if (up instanceof ScrollPane scroll) {
                Node view = scroll.lookup(".viewport");
                Bounds viewport = view == null ? scroll.localToScene(scroll.getLayoutBounds())
                        : view.localToScene(view.getLayoutBounds());
                if (scroll.getVvalue() != scroll.getVmin() || scroll.getHvalue() != scroll.getHmin()
                        || bounds.getMinY() < viewport.getMinY() || bounds.getMaxY() > viewport.getMaxY()
                        || bounds.getMinX() < viewport.getMinX() || bounds.getMaxX() > viewport.getMaxX()) {
                    return false;
                }
            }
        }
        return true;
    }
}
