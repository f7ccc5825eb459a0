package com.roamvault.console;

import com.roamvault.console.connect.Connection;
import com.roamvault.console.connect.ConnectView;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The console's one window: the connect screen until a session exists, then the session's screens. */
public final class ConsoleWindow {
    private final StackPane root = new StackPane();

    private ConsoleWindow() {
    }

    public static ConsoleWindow show(Stage stage, ConnectViewModel connect) {
        Theme.apply(false);
        ConsoleWindow window = new ConsoleWindow();
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

    /** Until the management screens exist: who is connected to what. */
    private Node connected(Connection session) {
        Label title = new Label("Connected to " + session.client().serverUrl());
        title.setId("connected-title");
        title.getStyleClass().add("screen-title");
        Label detail = new Label("Signed in as " + session.username() + " · server " + session.server().version()
                + " (" + session.server().topology() + ")");
        detail.getStyleClass().add("hint");
        VBox screen = new VBox(title, detail);
        screen.getStyleClass().add("screen");
        return screen;
    }
}
