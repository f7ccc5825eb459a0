package com.roamvault.console.users;

import static com.roamvault.console.support.ScreenParts.hint;

import com.roamvault.console.devices.DeviceRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The selected user's phones, a few rows at most: a grid sizes each column to what it holds, where
 * a table beside the list would cut the name or the dates. The Devices screen has the full table.
 */
final class UserDevicesView {
    private final ObservableList<DeviceRow> devices;
    private final GridPane grid = new GridPane();
    private final Label none = hint("No devices");

    UserDevicesView(ObservableList<DeviceRow> devices) {
        this.devices = devices;
    }

    Node build() {
        Label title = new Label("Devices");
        title.getStyleClass().add("users-section");
        grid.setId("users-devices");
        grid.getStyleClass().add("users-devices");
        grid.setHgap(12);
        grid.setVgap(4);
        none.setId("users-devices-none");
        devices.addListener((ListChangeListener<DeviceRow>) change -> fill());
        fill();
        return new VBox(6, title, none, grid);
    }

    private void fill() {
        grid.getChildren().clear();
        none.setVisible(devices.isEmpty());
        none.setManaged(devices.isEmpty());
        grid.setVisible(!devices.isEmpty());
        grid.setManaged(!devices.isEmpty());
        if (devices.isEmpty()) {
            return;
        }
        grid.addRow(0, header("Device"), header("Last sync"), header("Lease"), header("Status"));
        int row = 1;
        for (DeviceRow device : devices) {
            Label name = new Label(device.deviceName());
            Label platform = new Label(device.platform());
            platform.getStyleClass().add("hint");
            grid.addRow(row++, new VBox(name, platform), cell(device.lastSync()), cell(device.lease()),
                    cell(device.status()));
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("users-column-header");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
