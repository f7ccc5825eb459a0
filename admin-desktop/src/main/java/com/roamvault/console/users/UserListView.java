package com.roamvault.console.users;

import com.roamvault.protocol.admin.UserSummary;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

        ListView<UserSummary> users = usersList();
        VBox.setVgrow(users, Priority.ALWAYS);

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
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox pager = new HBox(8, previous, page, next);
        pager.setAlignment(Pos.CENTER_LEFT);

        VBox list = new VBox(8, searchRow, users, pager);
        list.getStyleClass().add("users-list");
        return list;
    }

    private ListView<UserSummary> usersList() {
        ListView<UserSummary> users = new ListView<>(vm.list().rows());
        users.setId("users-rows");
        users.setPlaceholder(new Label("No users"));
        users.setCellFactory(view -> new UserCell());
        // a page reload empties the selection for a moment; only the admin's picks reach the ViewModel,
        // after the click is done, since picking away from unsaved edits asks first
        users.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> pick(users, now));
            }
        });
        vm.list().rows().addListener((ListChangeListener<UserSummary>) change -> reselect(users));
        vm.selectedProperty().addListener((obs, old, now) -> reselect(users));
        return users;
    }

    private void pick(ListView<UserSummary> users, UserSummary user) {
        if (users.getSelectionModel().getSelectedItem() == user && !vm.select(user)) {
            reselect(users); // the admin kept editing: the list shows again whom the detail is about
        }
    }

    private void reselect(ListView<UserSummary> users) {
        UserSummary selected = vm.selectedProperty().get();
        if (selected == null || users.getSelectionModel().getSelectedItem() == selected) {
            return;
        }
        if (vm.list().rows().contains(selected)) {
            users.getSelectionModel().select(selected);
        } else {
            users.getSelectionModel().clearSelection();
        }
    }
}
