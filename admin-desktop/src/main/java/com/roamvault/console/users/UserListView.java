package com.roamvault.console.users;

import atlantafx.base.theme.Styles;
import com.roamvault.protocol.admin.UserSummary;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

/** The left of User Accounts: search (asked shortly after typing stops), one page of users, previous/next. */
final class UserListView {
    /** Long enough not to ask the server per keystroke, short enough to feel immediate. */
    static final Duration SEARCH_DELAY = Duration.millis(250);

    private final UsersViewModel vm;

    UserListView(UsersViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        TextField search = new TextField();
        search.setId("users-search");
        search.setPromptText("Search by username or name");
        search.textProperty().bindBidirectional(vm.list().queryProperty());
        PauseTransition typing = new PauseTransition(SEARCH_DELAY);
        typing.setOnFinished(e -> vm.list().search());
        search.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            vm.list().search();
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("users-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.list().busyProperty());
        HBox searchRow = new HBox(8, search, busy);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TableView<UserSummary> table = usersTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Button previous = new Button("‹ Previous");
        previous.setId("users-prev");
        previous.disableProperty().bind(vm.list().canPreviousProperty().not());
        previous.setOnAction(e -> vm.list().previousPage());
        Button next = new Button("Next ›");
        next.setId("users-next");
        next.disableProperty().bind(vm.list().canNextProperty().not());
        next.setOnAction(e -> vm.list().nextPage());
        Label page = new Label();
        page.setId("users-page");
        page.textProperty().bind(vm.list().pageTextProperty());
        HBox pager = new HBox(8, previous, page, next);
        pager.setAlignment(Pos.CENTER_LEFT);

        VBox list = new VBox(8, searchRow, table, pager);
        list.getStyleClass().add("users-list");
        return list;
    }

    private TableView<UserSummary> usersTable() {
        TableView<UserSummary> table = new TableView<>(vm.list().rows());
        table.setId("users-table");
        table.setPlaceholder(new Label("No users"));
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().add(column("Username", 9, UserSummary::username));
        table.getColumns().add(column("Display name", 8, UserSummary::displayName));
        table.getColumns().add(fixed(column("Mobile", 4.6, u -> u.mobileAccess() ? "yes" : "no")));
        table.getColumns().add(fixed(column("Locked", 4.6, u -> u.locked() ? "locked" : "")));
        table.getColumns().add(fixed(column("Devices", 4.8, u -> Integer.toString(u.deviceCount()))));
        table.getColumns().add(fixed(column("Overrides", 5.6, u -> u.hasOverrides() ? "yes" : "")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // a page reload empties the table's selection for a moment; only the admin's picks reach the ViewModel
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        vm.list().rows().addListener((ListChangeListener<UserSummary>) change -> reselect(table));
        vm.selectedProperty().addListener((obs, old, now) -> reselect(table));
        return table;
    }

    private void reselect(TableView<UserSummary> table) {
        UserSummary selected = vm.selectedProperty().get();
        if (selected != null && table.getSelectionModel().getSelectedItem() != selected && vm.list().rows().contains(selected)) {
            table.getSelectionModel().select(selected);
        }
    }

    /** {@code ems}: the column's preferred width, so usernames fit before display names are cut. */
    private static TableColumn<UserSummary, String> column(String name, double ems,
                                                           Function<UserSummary, String> value) {
        TableColumn<UserSummary, String> column = new TableColumn<>(name);
        column.setPrefWidth(ems * Font.getDefault().getSize());
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Short columns keep their header readable; the name columns give way instead. */
    private static <S> TableColumn<S, String> fixed(TableColumn<S, String> column) {
        Text header = new Text(column.getText());
        header.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        double fits = header.getLayoutBounds().getWidth() + 1.3 * Font.getDefault().getSize();
        column.setMinWidth(Math.max(column.getPrefWidth(), fits));
        column.setPrefWidth(column.getMinWidth());
        return column;
    }
}
