package com.roamvault.device.ui.conflict;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** Each conflicted edit as a small table: field, yours, the server's (a differing field is marked). */
public final class ConflictsView {
    private final ConflictsViewModel vm;

    public ConflictsView(ConflictsViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        VBox list = new VBox(12);
        list.setId("conflicts-list");
        vm.conflicts().addListener((ListChangeListener<ConflictsViewModel.Shown>) c -> fill(list));
        fill(list);
        VBox content = Views.screen("conflicts-screen", header(), label(vm.summaryProperty(), "hint"),
                message(vm.errorProperty(), "conflicts-error", "error-text"), list);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private HBox header() {
        Button back = button("", Material2AL.ARROW_BACK, "conflicts-back", vm::back, "flat");
        Label title = label("Edit conflicts", "screen-title");
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button ok = button("OK", null, "conflicts-dismiss", vm::dismiss, "accent");
        ok.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, back, title, ok);
        box.getStyleClass().add("screen-header");
        return box;
    }

    private void fill(VBox list) {
        list.getChildren().setAll(vm.conflicts().stream().map(ConflictsView::conflict).toList());
    }

    private static Node conflict(ConflictsViewModel.Shown c) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-fields");
        grid.addRow(0, label("Field", "field-name"), label("Yours", "field-name"), label("Server's (current)", "field-name"));
        int row = 1;
        for (FieldDifference f : c.fields()) {
            String mark = f.same() ? "same" : "differs";
            grid.addRow(row++, label(f.field(), "field-name"), label(f.yours(), "conflict-yours", mark),
                    label(f.servers(), "conflict-servers", mark));
        }
        grid.getColumnConstraints().setAll(column(28), column(36), column(36));
        VBox box = new VBox(4, label(c.title(), "strong"), label(c.when(), "hint"), grid);
        box.getStyleClass().add("conflict-card");
        return box;
    }

    private static javafx.scene.layout.ColumnConstraints column(double percent) {
        javafx.scene.layout.ColumnConstraints col = new javafx.scene.layout.ColumnConstraints();
        col.setPercentWidth(percent);
        return col;
    }
}
