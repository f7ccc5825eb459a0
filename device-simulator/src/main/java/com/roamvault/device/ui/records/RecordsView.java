package com.roamvault.device.ui.records;

import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Record list grouped by password list, with instant search above it; Enter or a click opens a record. */
public final class RecordsView {
    private final RecordsViewModel vm;

    public RecordsView(RecordsViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        ListView<RecordRow> list = list();
        VBox box = Views.screen("records-screen", search(), label(vm.summaryProperty(), "hint"),
                message(vm.pendingEditsProperty(), "records-pending-edits", "pending-badge"), conflicts(),
                message(vm.errorProperty(), "records-error", "error-text"), list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** Shown only while the server refused edits as conflicts: opens the conflict screen. */
    private Button conflicts() {
        Button b = Views.button("", Material2AL.ERROR_OUTLINE, "records-conflicts", vm::showConflicts, "conflict-badge",
                "wide");
        b.textProperty().bind(vm.conflictsProperty());
        b.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.conflictsProperty()));
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    private TextField search() {
        TextField search = new TextField();
        search.setId("records-search");
        search.setPromptText("Search title, user, URL, list");
        search.textProperty().bindBidirectional(vm.queryProperty());
        return search;
    }

    private ListView<RecordRow> list() {
        ListView<RecordRow> list = new ListView<>(vm.rows());
        list.setId("records-list");
        list.getStyleClass().add("records-list");
        list.setCellFactory(v -> new RowCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 1) {
                open(list);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list);
            }
        });
        return list;
    }

    private void open(ListView<RecordRow> list) {
        RecordRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.open(row);
        }
    }

    /** Headers read as section titles; records show title and user. */
    private static final class RowCell extends ListCell<RecordRow> {
        RowCell() {
            // long titles wrap inside the phone's width
            Views.wrapping(this);
        }

        @Override
        protected void updateItem(RecordRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("list-header", "record-row");
            setGraphic(null);
            if (empty || row == null) {
                setText(null);
                return;
            }
            switch (row) {
                case RecordRow.Header h -> {
                    setText(h.listName() + "  ·  " + h.count());
                    getStyleClass().add("list-header");
                }
                case RecordRow.Item item -> {
                    setText(item.title() + (item.username() == null || item.username().isEmpty() ? ""
                            : "\n" + item.username()));
                    setGraphic(new FontIcon(Material2MZ.VPN_KEY));
                    getStyleClass().add("record-row");
                }
            }
        }
    }
}
