package com.roamvault.console;

import com.roamvault.console.connect.Connection;
import com.roamvault.console.connect.ConnectView;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.settings.SettingsApi;
import com.roamvault.console.settings.SettingsView;
import com.roamvault.console.settings.SettingsViewModel;
import com.roamvault.console.devices.DevicesApi;
import com.roamvault.console.devices.DevicesView;
import com.roamvault.console.devices.DevicesViewModel;
import com.roamvault.console.support.DialogService;
import com.roamvault.console.support.FxDialogService;
import com.roamvault.console.support.UiExecutor;
import com.roamvault.console.users.UsersApi;
import com.roamvault.console.users.UsersView;
import com.roamvault.console.users.UsersViewModel;
import com.roamvault.console.theme.Theme;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The console's one window: the connect screen until a session exists, then the session's screens. */
public final class ConsoleWindow {
    private final StackPane root = new StackPane();
    private final UiExecutor executor;
    private final DialogService dialogs;
    private Scene scene;

    private ConsoleWindow(UiExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public static ConsoleWindow show(Stage stage, ConnectViewModel connect, UiExecutor executor) {
        Theme.apply(false);
        ConsoleWindow window = new ConsoleWindow(executor, new FxDialogService(stage));
        window.root.setAlignment(Pos.TOP_CENTER);
        window.root.getChildren().setAll(new ConnectView(connect).build());
        connect.connectionProperty().addListener((obs, old, session) -> {
            if (session != null) {
                window.root.getChildren().setAll(window.connected(session));
            }
        });
        Scene scene = new Scene(window.root, 1000, 680);
        window.scene = scene;
        Theme.style(scene);
        stage.setTitle("Roamvault admin console");
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** Who is connected to what, above a left navigation between the management screens. */
    private Node connected(Connection session) {
        Label title = new Label("Connected to " + session.client().serverUrl());
        title.setId("connected-title");
        title.getStyleClass().add("screen-title");
        Label detail = new Label("Signed in as " + session.username() + " · server " + session.server().version()
                + " (" + session.server().topology() + ")");
        detail.getStyleClass().add("hint");
        VBox header = new VBox(title, detail);
        header.getStyleClass().add("screen");

        SettingsViewModel settings = new SettingsViewModel(executor, SettingsApi.of(session.client()));
        DevicesViewModel devices = new DevicesViewModel(executor, dialogs, DevicesApi.of(session.client()),
                Clock.systemDefaultZone());
        UsersViewModel users = new UsersViewModel(executor, UsersApi.of(session.client()), Clock.systemDefaultZone());
        // Shortcut+N opens the N-th screen; keep this order stable, the README lists it.
        List<Screen> screens = List.of(
                new Screen("settings", "Mobile App Settings", new SettingsView(settings).build(), null, null),
                // devices change on their own (phones log in), so each visit shows them fresh
                new Screen("devices", "Devices", new DevicesView(devices).build(), devices::load, null),
                // global settings and lockouts change elsewhere, so each visit asks again
                new Screen("users", "User Accounts", new UsersView(users).build(), users::refresh, null));
        settings.load();

        StackPane content = new StackPane();
        VBox nav = navigation(screens, content);
        BorderPane layout = new BorderPane(content);
        layout.setTop(header);
        layout.setLeft(nav);
        return layout;
    }

    /** A toggle per screen (one always selected) with Shortcut+1..9, showing the chosen screen in {@code content}. */
    private VBox navigation(List<Screen> screens, StackPane content) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.setId("nav");
        nav.getStyleClass().add("nav");
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            KeyCombination shortcut = KeyCombination.keyCombination("Shortcut+" + (i + 1));
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.id());
            button.setUserData(screen);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(screen.title() + " (" + shortcut.getDisplayText() + ")"));
            scene.getAccelerators().put(shortcut, () -> button.setSelected(true));
            nav.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
                return;
            }
            if (old != null) {
                ((Screen) old.getUserData()).onHide().run();
            }
            Screen shown = (Screen) now.getUserData();
            content.getChildren().setAll(shown.view());
            shown.onShow().run();
        });
        group.getToggles().get(0).setSelected(true);
        return nav;
    }
}
