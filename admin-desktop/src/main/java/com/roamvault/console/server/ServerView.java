package com.roamvault.console.server;

import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Server screen: the topology in a sentence, version and uptime, this server's pin (with its QR
 * code), lease key and system API key, and for a DMZ core the App Servers it lets in.
 */
public final class ServerView {
    static final String STYLESHEET = "/com/roamvault/console/server/server.css";
    static final String NO_APP_SERVERS = "None: an all-in-one server answers the phones itself, "
            + "with no App Server in front of it.";

    private final ServerViewModel vm;

    public ServerView(ServerViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Node appServers = appServers();
        VBox.setVgrow(appServers, Priority.ALWAYS);
        VBox screen = new VBox(heading(), message(vm.errorProperty(), "server-error", "error-text"), overview(),
                new ServerKeysPane(vm).build(), appServers);
        screen.setId("server-screen");
        screen.getStyleClass().addAll("screen", "server-screen");
        screen.getStylesheets().add(ServerView.class.getResource(STYLESHEET).toExternalForm());
        return screen;
    }

    private Node heading() {
        Button refresh = new Button("Refresh");
        refresh.setId("server-refresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("server-busy");
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(vm.busyProperty());
        HBox row = new HBox(12, title("Server"), refresh, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Topology (with its sentence), version and uptime, names in a column of their own. Rows of a VBox,
     * not a GridPane: a VBox gives the wrapped sentence the height its lines need.
     */
    private Node overview() {
        Label explained = value("server-topology-explained", vm.explainedProperty());
        explained.getStyleClass().addAll("hint", "server-explained");
        explained.setWrapText(true);
        explained.setMinHeight(Region.USE_PREF_SIZE); // when the screen is short, the table gives way, not the sentence
        VBox overview = new VBox(row("Topology", value("server-topology", vm.topologyProperty())), explained,
                row("Version", value("server-version", vm.versionProperty())),
                row("Uptime", value("server-uptime", vm.uptimeProperty())));
        overview.getStyleClass().add("server-overview");
        return overview;
    }

    private static Node row(String name, Label value) {
        Label label = new Label(name);
        label.getStyleClass().addAll("server-name", "server-field");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(label, value);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    /** For a DMZ core the table of its App Servers; all-in-one, one line saying there are none. */
    private Node appServers() {
        Label heading = new Label("App Servers");
        heading.getStyleClass().add("section-title");
        Label never = new Label("\"never\": no call since the core started");
        never.setId("server-never-hint");
        never.getStyleClass().add("hint");
        HBox headingRow = new HBox(12, heading, never);
        headingRow.setAlignment(Pos.BASELINE_LEFT);
        TableView<AppServerRow> table = new TableView<>(vm.appServers());
        table.setId("server-app-servers");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label("The core lets no App Server in."));
        // each column at least as wide as its longest text: a whole "sha256/" + 44 characters, and
        // "59 min ago (2026-12-07 15:34:26)"; the window's spare width goes to the last contact
        TableColumn<AppServerRow, String> pin = column("Client key pin", AppServerRow::pin);
        pin.setMinWidth(440);
        table.getColumns().add(pin);
        TableColumn<AppServerRow, String> contact = column("Last contact", AppServerRow::lastContact);
        contact.setMinWidth(250);
        table.getColumns().add(contact);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(140); // a few rows; it grows into whatever room the window has
        VBox.setVgrow(table, Priority.ALWAYS);
        Label none = new Label(NO_APP_SERVERS);
        none.setId("server-no-app-servers");
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        show(never, vm.dmzProperty());
        show(table, vm.dmzProperty());
        show(none, Bindings.createBooleanBinding(() -> vm.loadedProperty().get() && !vm.dmzProperty().get(),
                vm.loadedProperty(), vm.dmzProperty()));
        VBox section = new VBox(6, headingRow, table, none);
        section.setId("server-app-servers-section");
        return section;
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Label value(String id, ObservableStringValue text) {
        Label value = new Label();
        value.setId(id);
        value.textProperty().bind(text);
        return value;
    }

    private static TableColumn<AppServerRow, String> column(String name, Function<AppServerRow, String> value) {
        TableColumn<AppServerRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
