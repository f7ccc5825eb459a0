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
import com.roamvault.console.theme.Theme;
import java.time.Clock;
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
        Node settingsView = new SettingsView(settings).build();
        DevicesViewModel devices = new DevicesViewModel(executor, dialogs, DevicesApi.of(session.client()),
                Clock.systemDefaultZone());
        Node devicesView = new DevicesView(devices).build();

        StackPane content = new StackPane();
        ToggleGroup group = new ToggleGroup();
        ToggleButton toSettings = navButton("nav-settings", "Mobile App Settings", "Shortcut+1", group);
        ToggleButton toDevices = navButton("nav-devices", "Devices", "Shortcut+2", group);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
            } else if (now == toSettings) {
                content.getChildren().setAll(settingsView);
            } else {
                content.getChildren().setAll(devicesView);
                devices.load(); // devices change on their own (phones log in), so each visit shows them fresh
            }
        });
        toSettings.setSelected(true);
        settings.load();
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+1"), () -> toSettings.setSelected(true));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+2"), () -> toDevices.setSelected(true));

        VBox nav = new VBox(toSettings, toDevices);
        nav.setId("nav");
        nav.getStyleClass().add("nav");
        BorderPane layout = new BorderPane(content);
        layout.setTop(header);
        layout.setLeft(nav);
        return layout;
    }

    private static ToggleButton navButton(String id, String text, String shortcut, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(text + " (" + KeyCombination.keyCombination(shortcut).getDisplayText() + ")"));
        return button;
    }
}
