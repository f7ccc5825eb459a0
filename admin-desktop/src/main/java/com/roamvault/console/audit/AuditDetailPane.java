package com.roamvault.console.audit;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Every field of the selected event in two columns; long values (detail, hash) take the full width. */
final class AuditDetailPane {
    private static final Set<String> FULL_WIDTH = Set.of("id", "device", "record", "detail", "hash");

    private AuditDetailPane() {
    }

    static Node build(AuditViewModel vm) {
        GridPane grid = new GridPane();
        grid.setId("audit-detail");
        grid.getStyleClass().add("audit-detail");
        for (int i = 0; i < 2; i++) {
            grid.getColumnConstraints().add(new ColumnConstraints());
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(value);
        }
        show(grid, vm.details());
        vm.details().addListener((ListChangeListener<AuditRow.DetailLine>) change -> show(grid, vm.details()));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("audit-detail-scroll");
        return scroll;
    }

    private static void show(GridPane grid, List<AuditRow.DetailLine> lines) {
        grid.getChildren().clear();
        if (lines.isEmpty()) {
            Label none = new Label("Select an event to see all of its fields.");
            none.getStyleClass().add("hint");
            grid.add(none, 0, 0, 4, 1);
            return;
        }
        // the short fields side by side, then the long ones (ids, detail, hash) across the whole width
        int row = 0;
        int column = 0;
        for (AuditRow.DetailLine line : lines) {
            if (!FULL_WIDTH.contains(line.key())) {
                add(grid, line, column, row, 1);
                column = column == 0 ? 2 : 0;
                row += column == 0 ? 1 : 0;
            }
        }
        row += column == 0 ? 0 : 1;
        for (AuditRow.DetailLine line : lines) {
            if (FULL_WIDTH.contains(line.key())) {
                add(grid, line, 0, row++, 3);
            }
        }
    }

    private static void add(GridPane grid, AuditRow.DetailLine line, int column, int row, int span) {
        Label name = new Label(line.label());
        name.getStyleClass().add("detail-name");
        name.setMinWidth(Region.USE_PREF_SIZE); // the values wrap; the names stay whole
        Label value = new Label(line.value());
        value.setId("audit-detail-" + line.key());
        value.getStyleClass().add("detail-value");
        value.setWrapText(true);
        grid.add(name, column, row);
        grid.add(value, column + 1, row, span, 1);
    }
}
