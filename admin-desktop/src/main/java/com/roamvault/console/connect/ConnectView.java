package com.roamvault.console.connect;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Connect screen: a remembered server or a new address + pin, then the admin's credentials. */
public final class ConnectView {
    private final ConnectViewModel vm;

    public ConnectView(ConnectViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Label title = title("Connect to a Roamvault server");
        Label hint = hint("Paste the certificate pin printed by the server at start (sha256/…). "
                + "The console talks only to the server holding that key.");
        VBox screen = new VBox(title, hint, knownServers(), form(), actions(), message(vm.errorProperty(), "connect-error",
                "error-text"));
        screen.setId("connect-screen");
        screen.getStyleClass().add("screen");
        return screen;
    }

    private Node knownServers() {
        ComboBox<KnownServer> servers = new ComboBox<>(vm.knownServers());
        servers.setId("connect-known");
        servers.setPromptText("Remembered servers");
        servers.setMaxWidth(Double.MAX_VALUE);
        servers.setOnAction(e -> vm.choose(servers.getValue()));
        Button forget = new Button("Forget");
        forget.setId("connect-forget");
        forget.disableProperty().bind(servers.valueProperty().isNull());
        forget.setOnAction(e -> vm.forget(servers.getValue()));
        HBox row = new HBox(8, servers, forget);
        HBox.setHgrow(servers, Priority.ALWAYS);
        forget.setMinWidth(Region.USE_PREF_SIZE);
        row.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.knownServers()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        // the labels keep their width and the fields take what is left: the fields grew, the labels became "…"
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, new Label("Server address"), field(new TextField(), "connect-url", "https://host:8443",
                vm.serverUrlProperty()));
        Button fetchPin = new Button("Read from server…");
        fetchPin.setId("connect-fetch-pin");
        fetchPin.setTooltip(new Tooltip("Trust on first use: shows the key the server presents for you to compare"));
        fetchPin.setOnAction(e -> vm.fetchPin());
        fetchPin.setMinWidth(Region.USE_PREF_SIZE);
        TextField pinField = field(new TextField(), "connect-pin", "sha256/…", vm.pinProperty());
        HBox pinRow = new HBox(8, pinField, fetchPin);
        HBox.setHgrow(pinField, Priority.ALWAYS);
        grid.addRow(1, new Label("Certificate pin"), pinRow);
        grid.addRow(2, new Label("Username"), field(new TextField(), "connect-username", "admin",
                vm.usernameProperty()));
        grid.addRow(3, new Label("Password"), field(new PasswordField(), "connect-password", "",
                vm.passwordProperty()));
        grid.disableProperty().bind(vm.busyProperty());
        return grid;
    }

    private TextField field(TextField field, String id, String prompt, javafx.beans.property.StringProperty value) {
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(20);
        field.setMaxWidth(Double.MAX_VALUE);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> vm.connect());
        return field;
    }

    private Node actions() {
        Button connect = new Button("Connect");
        connect.setId("connect-button");
        connect.getStyleClass().add("accent");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(vm.canConnectProperty().not());
        connect.setOnAction(e -> vm.connect());
        connect.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("busy");
        spinner.visibleProperty().bind(vm.busyProperty());
        Label progress = new Label();
        progress.setId("connect-progress");
        progress.textProperty().bind(vm.progressProperty());
        progress.setWrapText(true);
        HBox row = new HBox(12, connect, spinner, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
