package com.roamvault.console.audit;

import atlantafx.base.theme.Styles;
import com.roamvault.console.support.ActionNames;
import com.roamvault.console.support.ColumnFit;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The events table, newest first. Scrolling near the bottom asks the ViewModel for the next page
 * (it ignores the ask while a page is on its way), so only what the admin scrolls through is loaded.
 */
final class AuditTable {
    static final String OFFLINE_ROW = "audit-offline";
    /** How far down (0..1 of the scroll range) the next page is fetched, early enough to scroll on smoothly. */
    private static final double NEAR_BOTTOM = 0.9;

    private AuditTable() {
    }

    static TableView<AuditRow> build(AuditViewModel vm) {
        TableView<AuditRow> table = new TableView<>(vm.rows());
        table.setId("audit-table");
        table.setPlaceholder(new Label("No events"));
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().add(column("Time", AuditRow::time));
        // who acted and whom it was about in one column, as the User filter finds both
        table.getColumns().add(column("User", AuditRow::who));
        table.getColumns().add(column("Action", AuditTable::action));
        table.getColumns().add(originColumn());
        TableColumn<AuditRow, String> device = column("Device", AuditRow::device);
        TableColumn<AuditRow, String> detail = column("Detail", AuditRow::summary);
        table.getColumns().addAll(List.of(device, detail));
        // times, users and actions always whole; device names and details give way (the detail
        // pane and the tooltips have them whole)
        List.of(device, detail).forEach(ColumnFit::elides);
        ColumnFit.fit(table, Set.of(device, detail));
        table.setRowFactory(t -> new OriginRow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.skinProperty().addListener((obs, old, skin) -> {
            if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.positionProperty().addListener((o, before, position) -> {
                    if (position.doubleValue() >= NEAR_BOTTOM) {
                        vm.loadMore();
                    }
                });
            }
        });
        return table;
    }

    private static TableColumn<AuditRow, String> column(String name, Function<AuditRow, String> value) {
        TableColumn<AuditRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /**
     * "Password revealed", as the dashboard and the Action filter name it (narrower than the
     * constant); a failure the name does not already tell says so, which spares a Result column.
     */
    static String action(AuditRow row) {
        String name = ActionNames.readable(row.action());
        boolean failed = "failure".equals(row.event().result());
        return failed && !row.action().contains("FAIL") ? name + " (failed)" : name;
    }

    /** "offline" as a badge, so uploaded phone events stand out in a long list. */
    private static TableColumn<AuditRow, String> originColumn() {
        TableColumn<AuditRow, String> column = column("Origin", AuditRow::origin);
        ColumnFit.extra(column, 1.4); // the badge's padding, and its bold text
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String origin, boolean empty) {
                super.updateItem(origin, empty);
                if (empty || origin == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label badge = new Label(origin);
                badge.getStyleClass().addAll("origin-badge", origin.equals(AuditRow.OFFLINE) ? "offline" : "online");
                setText(null);
                setGraphic(badge);
            }
        });
        return column;
    }

    private static final class OriginRow extends TableRow<AuditRow> {
        @Override
        protected void updateItem(AuditRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(OFFLINE_ROW);
            if (!empty && row != null && row.offline()) {
                getStyleClass().add(OFFLINE_ROW);
            }
        }
    }
}
