package com.roamvault.console.records;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;

import com.roamvault.console.support.ColumnFit;
import com.roamvault.protocol.admin.RecordVersion;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The History tab: the earlier versions (a lost conflict says so in its own column and carries the
 * {@code conflict} style class), the values of the one picked with the password and the one-time
 * password key masked until revealed, and Restore.
 */
final class HistoryView {
    static final String CONFLICT_STYLE = "conflict";
    private static final String MASK = "••••••••";

    private final HistoryViewModel vm;
    private final Runnable restore;
    private final ZoneId zone;

    HistoryView(HistoryViewModel vm, Runnable restore, ZoneId zone) {
        this.vm = vm;
        this.restore = restore;
        this.zone = zone;
    }

    Node build() {
        TableView<RecordVersion> table = table();
        table.setPrefHeight(180);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = new Label();
        status.setId("history-status");
        status.textProperty().bind(vm.statusProperty());
        VBox box = new VBox(8, hint("Every earlier version, newest first; Restore makes one current again "
                + "(as a new version)."), table, fields(), actions(), status,
                message(vm.errorProperty(), "history-error", "error-text"));
        box.setId("history");
        return box;
    }

    private TableView<RecordVersion> table() {
        TableView<RecordVersion> table = new TableView<>(vm.versions());
        table.setId("history-table");
        table.setPlaceholder(new Label("No earlier versions"));
        table.getColumns().add(column("Version", v -> String.valueOf(v.version())));
        table.getColumns().add(column("When", v -> HistoryTexts.when(v, zone)));
        TableColumn<RecordVersion, String> who = column("Who", v -> v.changedBy() == null ? "" : v.changedBy());
        ColumnFit.elides(who);
        table.getColumns().add(who);
        table.getColumns().add(column("From", v -> v.platform() == null ? "" : v.platform()));
        table.getColumns().add(column("Conflict", v -> v.conflict() ? HistoryTexts.CONFLICT : ""));
        ColumnFit.fit(table, Set.of(who));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RecordVersion version, boolean empty) {
                super.updateItem(version, empty);
                getStyleClass().remove(CONFLICT_STYLE);
                if (!empty && version != null && version.conflict()) {
                    getStyleClass().add(CONFLICT_STYLE);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    /** The picked version's values, read-only. */
    private Node fields() {
        GridPane grid = new GridPane();
        grid.setId("history-fields");
        grid.setHgap(10);
        grid.setVgap(2);
        int row = 0;
        for (RecordField field : RecordField.values()) {
            Label name = new Label(field.label());
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label();
            value.setId("history-" + field.key());
            value.setWrapText(true);
            value.textProperty().bind(Bindings.createStringBinding(() -> {
                RecordVersion v = vm.selectedProperty().get();
                if (v == null) {
                    return "";
                }
                String text = field.of(v);
                boolean masked = field.secret() && !vm.revealedProperty().get() && !text.isEmpty();
                return masked ? MASK : text;
            }, vm.selectedProperty(), vm.revealedProperty()));
            grid.addRow(row++, name, value);
        }
        Label conflict = new Label();
        conflict.setId("history-kind");
        conflict.getStyleClass().add(CONFLICT_STYLE);
        conflict.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : HistoryTexts.kind(vm.selectedProperty().get()), vm.selectedProperty()));
        conflict.visibleProperty().bind(conflict.textProperty().isNotEmpty());
        conflict.managedProperty().bind(conflict.visibleProperty());
        VBox box = new VBox(4, conflict, grid);
        box.visibleProperty().bind(vm.selectedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node actions() {
        ToggleButton reveal = new ToggleButton("Show secrets");
        reveal.setId("history-reveal");
        reveal.selectedProperty().bindBidirectional(vm.revealedProperty());
        reveal.disableProperty().bind(vm.selectedProperty().isNull());
        Button restoreButton = new Button("Restore this version…");
        restoreButton.setId("history-restore");
        restoreButton.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        restoreButton.setOnAction(e -> restore.run());
        HBox row = new HBox(8, reveal, restoreButton);
        row.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableColumn<RecordVersion, String> column(String name, Function<RecordVersion, String> value) {
        TableColumn<RecordVersion, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
