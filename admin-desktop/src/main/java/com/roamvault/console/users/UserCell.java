package com.roamvault.console.users;

import com.roamvault.protocol.admin.UserSummary;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One user of the list on two lines: username and what stands out (locked, no mobile access,
 * overrides) above the display name and the device count. Two short lines fit beside the detail
 * where six columns did not.
 */
final class UserCell extends ListCell<UserSummary> {
    private final Label username = styled("users-row-username");
    private final Label displayName = styled("users-row-name");
    private final HBox flags = new HBox(6);
    private final Label devices = fixed(styled("users-row-devices"));
    private final GridPane lines = new GridPane();

    UserCell() {
        flags.setAlignment(Pos.CENTER_RIGHT);
        HBox top = new HBox(8, username, spacer(), flags);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, displayName, spacer(), devices);
        bottom.setAlignment(Pos.CENTER_LEFT);
        lines.addColumn(0, top, bottom);
        GridPane.setHgrow(top, Priority.ALWAYS);
        GridPane.setHgrow(bottom, Priority.ALWAYS);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(UserSummary user, boolean empty) {
        super.updateItem(user, empty);
        if (empty || user == null) {
            setGraphic(null);
            return;
        }
        username.setText(user.username());
        displayName.setText(user.displayName());
        flags.getChildren().setAll(flags(user).stream().map(UserCell::flag).toList());
        devices.setText(devicesText(user.deviceCount()));
        setGraphic(lines);
    }

    /** Only what differs from the usual account, so a locked or a contractor's account is seen at a glance. */
    static List<String> flags(UserSummary user) {
        List<String> flags = new ArrayList<>();
        if (user.locked()) {
            flags.add("locked");
        }
        if (!user.mobileAccess()) {
            flags.add("no mobile");
        }
        if (user.hasOverrides()) {
            flags.add("overrides");
        }
        return flags;
    }

    static String devicesText(int count) {
        return count == 0 ? "" : count == 1 ? "1 device" : count + " devices";
    }

    private static Label flag(String text) {
        Label flag = fixed(styled("users-flag"));
        flag.getStyleClass().add("users-flag-" + text.replace(' ', '-'));
        flag.setText(text);
        return flag;
    }

    private static Label styled(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** The short facts keep their width; a very long name gives way instead. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
