package com.roamvault.console.audit;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Font;

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
        table.getColumns().add(column("Time", AuditRow::time, 13));
        table.getColumns().add(column("User", AuditRow::username, 9));
        table.getColumns().add(column("Action", AuditRow::action, 12));
        table.getColumns().add(column("Subject", AuditRow::subject, 8));
        table.getColumns().add(column("Result", AuditRow::result, 5));
        table.getColumns().add(originColumn());
        table.getColumns().add(column("Device", AuditRow::device, 6));
        table.getColumns().add(column("Title", AuditRow::title, 7));
        table.getColumns().add(column("Detail", AuditRow::detail, 12));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

    /** Widths in em of the default font, so a larger UI scale keeps the times readable. */
    private static TableColumn<AuditRow, String> column(String name, Function<AuditRow, String> value, double em) {
        TableColumn<AuditRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        double width = em * Font.getDefault().getSize();
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.6);
        return column;
    }

    /** "offline" as a badge, so uploaded phone events stand out in a long list. */
    private static TableColumn<AuditRow, String> originColumn() {
        TableColumn<AuditRow, String> column = column("Origin", AuditRow::origin, 6);
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
