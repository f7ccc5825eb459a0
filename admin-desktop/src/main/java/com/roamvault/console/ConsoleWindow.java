package com.roamvault.console;

import com.roamvault.console.connect.Connection;
import com.roamvault.console.connect.ConnectView;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.settings.SettingsApi;
import com.roamvault.console.settings.SettingsView;
import com.roamvault.console.settings.SettingsViewModel;
import com.roamvault.console.support.UiExecutor;
import com.roamvault.console.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The console's one window: the connect screen until a session exists, then the session's screens. */
public final class ConsoleWindow {
    private final StackPane root = new StackPane();
    private final UiExecutor executor;

    private ConsoleWindow(UiExecutor executor) {
        this.executor = executor;
    }

    public static ConsoleWindow show(Stage stage, ConnectViewModel connect, UiExecutor executor) {
        Theme.apply(false);
        ConsoleWindow window = new ConsoleWindow(executor);
        window.root.setAlignment(Pos.TOP_CENTER);
        window.root.getChildren().setAll(new ConnectView(connect).build());
        connect.connectionProperty().addListener((obs, old, session) -> {
            if (session != null) {
                window.root.getChildren().setAll(window.connected(session));
            }
        });
        Scene scene = new Scene(window.root, 900, 640);
        Theme.style(scene);
        stage.setTitle("Roamvault admin console");
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** Who is connected to what, above the Mobile App Settings (the first management screen). */
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
        VBox.setVgrow(settingsView, Priority.ALWAYS);
        settings.load();
        return new VBox(header, settingsView);
    }
}
