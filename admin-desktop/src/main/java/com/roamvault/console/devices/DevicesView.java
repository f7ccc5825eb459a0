package com.roamvault.console.devices;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import com.roamvault.console.support.ColumnFit;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Devices screen: the table of phones, a user filter, Refresh and Revoke, with a busy indicator. */
public final class DevicesView {
    private final DevicesViewModel vm;

    public DevicesView(DevicesViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Label title = title("Devices");
        Label hint = hint("Every registered phone. A revoked phone wipes its offline vault at its next contact; "
                + "a phone that stays offline wipes itself when its lease runs out.");
        hint.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of eliding when the window is short
        TableView<DeviceRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox screen = new VBox(10, title, hint, toolbar(), table, actions(),
                message(vm.errorProperty(), "devices-error", "error-text"));
        screen.setId("devices-screen");
        // the countdowns run while the screen is shown (the ViewModel knows, from the Screen hooks)
        Timeline ticker = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        vm.tickingProperty().addListener((obs, was, now) -> {
            if (now) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
        screen.getStyleClass().add("screen");
        return screen;
    }

    private Node toolbar() {
        TextField filter = new TextField();
        filter.setId("devices-filter");
        filter.setPromptText("All users (or e.g. CORP\\jsmith)");
        filter.setPrefColumnCount(20);
        filter.textProperty().bindBidirectional(vm.userFilterProperty());
        filter.setOnAction(e -> vm.load());
        Button refresh = new Button("Refresh");
        refresh.setId("devices-refresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("devices-busy");
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(vm.busyProperty());
        HBox row = new HBox(12, new Label("User"), filter, refresh, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<DeviceRow> table() {
        TableView<DeviceRow> table = new TableView<>(vm.rows());
        table.setId("devices-table");
        table.setPlaceholder(new Label("No devices"));
        table.getColumns().add(column("User", DeviceRow::username));
        TableColumn<DeviceRow, String> device = column("Device", DeviceRow::deviceName);
        ColumnFit.elides(device);
        table.getColumns().add(device);
        table.getColumns().add(column("Platform", DeviceRow::platform));
        table.getColumns().add(column("Registered", DeviceRow::registered));
        table.getColumns().add(column("Last sync", DeviceRow::lastSync));
        table.getColumns().add(column("Lease", DeviceRow::lease));
        table.getColumns().add(column("Status", DeviceRow::status));
        // dates, countdowns and states always whole; a long device name gives way (its tooltip has it all)
        ColumnFit.fit(table, Set.of(device));
        // the ViewModel owns the selection so Revoke acts on what the admin picked, even after a refresh
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<DeviceRow, String> column(String name, Function<DeviceRow, String> value) {
        TableColumn<DeviceRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node actions() {
        Button revoke = new Button("Revoke…");
        revoke.setId("devices-revoke");
        revoke.getStyleClass().add("danger");
        revoke.disableProperty().bind(vm.canRevokeProperty().not());
        revoke.setOnAction(e -> vm.revokeSelected());
        Label status = new Label();
        status.setId("devices-status");
        status.textProperty().bind(vm.statusProperty());
        HBox row = new HBox(12, revoke, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
