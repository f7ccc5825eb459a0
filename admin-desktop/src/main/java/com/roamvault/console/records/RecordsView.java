package com.roamvault.console.records;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import com.roamvault.console.support.ColumnFit;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordDetail;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Records screen: a password list to pick, its records in a table, and beside them the picked
 * record's form (Details) and its earlier versions (History).
 */
public final class RecordsView {
    private final RecordsViewModel vm;
    private final ZoneId zone;

    public RecordsView(RecordsViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.zone = zone;
    }

    public Node build() {
        Label hint = hint("Password records of a list; every change keeps the previous version and reaches phones "
                + "at their next sync.");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        TableView<RecordDetail> table = table();
        SplitPane split = new SplitPane(table, detail());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox screen = new VBox(10, title("Records"), hint, toolbar(), split,
                message(vm.errorProperty(), "records-error", "error-text"));
        screen.setId("records-screen");
        screen.getStyleClass().add("screen");
        return screen;
    }

    private Node toolbar() {
        ComboBox<ListDetail> lists = new ComboBox<>(vm.lists());
        lists.setId("records-list");
        lists.setConverter(new StringConverter<>() {
            @Override
            public String toString(ListDetail list) {
                return list == null ? "" : list.name() + " (" + list.recordCount() + ")";
            }

            @Override
            public ListDetail fromString(String text) {
                return null;
            }
        });
        lists.valueProperty().bindBidirectional(vm.selectedListProperty());
        Button add = new Button("New record");
        add.setId("records-new");
        add.disableProperty().bind(vm.selectedListProperty().isNull());
        add.setOnAction(e -> vm.newRecord());
        Label label = new Label("Password list");
        label.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, label, lists, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<RecordDetail> table() {
        TableView<RecordDetail> table = new TableView<>(vm.records());
        table.setId("records-table");
        table.setPlaceholder(new Label("No records in this list"));
        TableColumn<RecordDetail, String> name = column("Title", RecordDetail::title);
        TableColumn<RecordDetail, String> user = column("Username", r -> r.username() == null ? "" : r.username());
        ColumnFit.elides(name);
        ColumnFit.elides(user);
        table.getColumns().add(name);
        table.getColumns().add(user);
        table.getColumns().add(column("OTP", r -> r.otpUri() == null || r.otpUri().isBlank() ? "" : "yes"));
        ColumnFit.fit(table, Set.of(name, user));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedRecordProperty().set(now);
            }
        });
        vm.selectedRecordProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private Node detail() {
        RecordEditor editor = vm.editor();
        Label heading = new Label();
        heading.setId("record-heading");
        heading.getStyleClass().add("users-section");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            RecordDetail r = editor.editingProperty().get();
            return r == null ? "New record" : r.title() + " — version " + r.version();
        }, editor.editingProperty()));
        Button save = new Button("Save");
        save.setId("record-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(editor.busyProperty().or(vm.selectedListProperty().isNull()));
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("record-status");
        status.textProperty().bind(editor.statusProperty());
        HBox actions = new HBox(12, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        // Save and what it answered stay in view above the form, however long the form
        VBox details = new VBox(8, heading, actions, message(editor.errorProperty(), "record-error", "error-text"),
                new RecordFormView(editor).build());
        details.getStyleClass().add("record-detail");
        Tab form = new Tab("Details", scrolled(details));
        form.setId("records-tab-details");
        Tab history = new Tab("History", scrolled(new HistoryView(vm.history(), vm::restore, zone).build()));
        history.setId("records-tab-history");
        history.disableProperty().bind(editor.editingProperty().isNull());
        TabPane tabs = new TabPane(form, history);
        tabs.setId("records-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TableColumn<RecordDetail, String> column(String name, Function<RecordDetail, String> value) {
        TableColumn<RecordDetail, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
