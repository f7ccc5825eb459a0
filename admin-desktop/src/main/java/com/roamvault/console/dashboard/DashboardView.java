package com.roamvault.console.dashboard;

import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import com.roamvault.console.chart.DayChart;
import com.roamvault.console.support.ColumnFit;
import java.text.NumberFormat;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Dashboard screen: four counter tiles, events per day as bars, and the newest events. */
public final class DashboardView {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final String OFFLINE = "● offline";
    private final DashboardViewModel vm;

    public DashboardView(DashboardViewModel vm) {
        this.vm = vm;
    }

    /** Often enough to watch a demo's phones arrive, rare enough to cost the server nothing. */
    static final Duration REFRESH_EVERY = Duration.seconds(15);

    public Node build() {
        Node activity = activity();
        VBox.setVgrow(activity, Priority.ALWAYS);
        VBox screen = new VBox(heading(), tiles(), appServers(), activity,
                message(vm.errorProperty(), "dashboard-error", "error-text"));
        screen.setId("dashboard-screen");
        screen.getStyleClass().addAll("screen", "dashboard");
        // at a large scale or in a small window the screen scrolls instead of clipping
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Timeline refresher = new Timeline(new KeyFrame(REFRESH_EVERY, e -> vm.tick()));
        refresher.setCycleCount(Animation.INDEFINITE);
        vm.liveProperty().addListener((obs, was, now) -> {
            if (now) {
                refresher.play();
            } else {
                refresher.stop();
            }
        });
        return scroll;
    }

    private Node heading() {
        Label title = title("Dashboard");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label updated = new Label();
        updated.setId("dashboard-updated");
        updated.getStyleClass().add("hint");
        updated.textProperty().bind(vm.updatedProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy");
        busy.visibleProperty().bind(vm.busyProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("dashboard-refresh");
        refresh.setTooltip(new Tooltip("Ask the server for fresh numbers (F5)"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        HBox row = new HBox(12, title, grow, updated, busy, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node tiles() {
        GridPane tiles = new GridPane();
        tiles.getStyleClass().add("tiles");
        tiles.addRow(0,
                tile("devices-active", vm.devicesActiveProperty(), "devices active", null),
                tile("caches-expiring", vm.cachesExpiringProperty(), "caches expiring within 48 h", null),
                tile("locked-accounts", vm.lockedAccountsProperty(), "locked accounts", vm.lockedAccountsWarning()),
                tile("failed-logins", vm.failedLoginsProperty(), "failed logins in the last 24 h",
                        vm.failedLoginsWarning()));
        for (int i = 0; i < 4; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            tiles.getColumnConstraints().add(column);
        }
        return tiles;
    }

    /** Behind a DMZ: a compact list of the App Servers and their last contact; nothing for all-in-one. */
    private Node appServers() {
        Label list = new Label();
        list.setId("dashboard-app-servers");
        list.getStyleClass().add("hint");
        list.setWrapText(true);
        list.textProperty().bind(vm.appServersProperty());
        list.visibleProperty().bind(vm.appServersProperty().isNotEmpty());
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    /** A big number over its meaning; in the warning style while {@code warning} holds. */
    private Node tile(String id, ReadOnlyLongProperty value, String meaning, BooleanBinding warning) {
        Label number = new Label();
        number.setId("dash-" + id);
        number.getStyleClass().add("tile-value");
        NumberFormat format = NumberFormat.getIntegerInstance();
        number.textProperty().bind(Bindings.createStringBinding(
                () -> vm.loadedProperty().get() ? format.format(value.get()) : "–", value, vm.loadedProperty()));
        Label caption = new Label(meaning);
        caption.getStyleClass().add("tile-label");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE); // a narrow tile wraps its caption, never cuts it
        VBox tile = new VBox(number, caption);
        tile.setId("tile-" + id);
        tile.getStyleClass().add("tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        if (warning != null) {
            tile.pseudoClassStateChanged(WARNING, warning.get());
            warning.addListener((obs, old, now) -> tile.pseudoClassStateChanged(WARNING, now));
        }
        return tile;
    }

    /** The chart and the newest events side by side, sharing the width. */
    private Node activity() {
        Node chart = chart();
        Node events = newestEvents();
        GridPane row = new GridPane();
        row.getStyleClass().add("activity");
        row.add(chart, 0, 0);
        row.add(events, 1, 0);
        // the events' columns (times, users, actions) need more of the width than the bars do
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(40);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(60);
        row.getColumnConstraints().setAll(left, right);
        GridPane.setVgrow(chart, Priority.ALWAYS);
        GridPane.setVgrow(events, Priority.ALWAYS);
        return row;
    }

    private Node chart() {
        BarChart<String, Number> chart = DayChart.build("dashboard-chart", vm.days());
        chart.setTitle("Events per day, last 30 days");
        chart.setMinHeight(220);
        return chart;
    }

    private Node newestEvents() {
        Label title = new Label("Newest events");
        title.getStyleClass().add("section-title");
        TableView<EventRow> table = new TableView<>(vm.newestEvents());
        table.setId("dashboard-events");
        table.setPlaceholder(new Label("No events yet"));
        table.getColumns().add(column("Time", EventRow::time));
        table.getColumns().add(column("User", EventRow::user));
        table.getColumns().add(column("Action", EventRow::action));
        TableColumn<EventRow, String> origin = column("Origin", row -> row.offline() ? OFFLINE : row.origin());
        origin.setCellFactory(c -> new OriginCell());
        table.getColumns().add(origin);
        // every column as wide as what it shows; the last one takes the room left
        ColumnFit.fit(table, Set.of());
        table.setMinHeight(160);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, title, table);
        box.getStyleClass().add("newest-events");
        return box;
    }

    private static TableColumn<EventRow, String> column(String name, Function<EventRow, String> value) {
        TableColumn<EventRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** "offline" stands out: the event happened on a phone without the server, and arrived later. */
    private static final class OriginCell extends TableCell<EventRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove("origin-offline");
            EventRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text);
            if (row.offline()) {
                getStyleClass().add("origin-offline");
                setTooltip(new Tooltip(row.uploaded()));
            } else {
                setTooltip(null);
            }
        }
    }
}
