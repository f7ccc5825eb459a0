package com.roamvault.console;

import com.roamvault.console.audit.AuditApi;
import com.roamvault.console.audit.AuditView;
import com.roamvault.console.audit.AuditViewModel;
import com.roamvault.console.audit.FxExportFileChooser;
import com.roamvault.console.connect.ConnectView;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.Connection;
import com.roamvault.console.dashboard.DashboardApi;
import com.roamvault.console.dashboard.DashboardView;
import com.roamvault.console.dashboard.DashboardViewModel;
import com.roamvault.console.devices.DevicesApi;
import com.roamvault.console.devices.DevicesView;
import com.roamvault.console.devices.DevicesViewModel;
import com.roamvault.console.records.RecordsApi;
import com.roamvault.console.records.RecordsView;
import com.roamvault.console.records.RecordsViewModel;
import com.roamvault.console.server.ServerApi;
import com.roamvault.console.server.ServerView;
import com.roamvault.console.server.ServerViewModel;
import com.roamvault.console.settings.SettingsApi;
import com.roamvault.console.settings.SettingsView;
import com.roamvault.console.settings.SettingsViewModel;
import com.roamvault.console.theme.ColorScheme;
import com.roamvault.console.users.UsersApi;
import com.roamvault.console.users.UsersView;
import com.roamvault.console.users.UsersViewModel;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import com.roamvault.ui.dialog.FxDialogService;
import com.roamvault.ui.theme.Appearance;
import com.roamvault.ui.theme.PlatformDesktopScheme;
import com.roamvault.ui.theme.SchemeChooser;
import com.roamvault.ui.theme.SchemeFile;
import com.roamvault.ui.theme.Theme;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The console's one window: the connect screen until a session exists, then the session's screens;
 * back to the connect screen when the server stops accepting the session (its token expired).
 */
public final class ConsoleWindow {
    static final KeyCombination DARK = KeyCombination.keyCombination("Shortcut+D");
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 760;

    private final StackPane root = new StackPane();
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Appearance scheme;
    private Scene scene;
    private Navigation navigation;

    private ConsoleWindow(UiExecutor executor, DialogService dialogs, Appearance scheme) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.scheme = scheme;
    }

    /** A window following the desktop's scheme, whose System/Light/Dark choice is not remembered on disk. */
    public static ConsoleWindow show(Stage stage, ConnectViewModel connect, UiExecutor executor) {
        return show(stage, connect, executor, Appearance.remembered(SchemeFile.inMemory(), PlatformDesktopScheme.get()));
    }

    public static ConsoleWindow show(Stage stage, ConnectViewModel connect, UiExecutor executor, Appearance scheme) {
        ConsoleWindow window = new ConsoleWindow(executor, new FxDialogService(stage), scheme);
        Node connectView = new ConnectView(connect).build();
        window.root.setAlignment(Pos.TOP_CENTER);
        window.root.getChildren().setAll(connectView);
        connect.connectionProperty().addListener((obs, old, session) -> {
            window.leaveSession();
            if (session == null) {
                window.root.getChildren().setAll(connectView);
                return;
            }
            // any call answering "token expired" brings the console back to connecting, from whichever screen
            session.client().onUnauthorized(() -> executor.onUiThread(() -> {
                if (connect.connectionProperty().get() == session) {
                    connect.sessionExpired();
                }
            }));
            window.root.getChildren().setAll(window.connected(session));
        });
        // the preferred size, but never larger than the screen (at 150 % a 1080p screen is 1280 x 720)
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root, Math.min(WIDTH, screen.getWidth() - 40),
                Math.min(HEIGHT, screen.getHeight() - 60));
        window.scene = scene;
        scene.getAccelerators().put(DARK, window.scheme::toggle);
        Theme.style(scene, ColorScheme.STYLESHEET);
        stage.setTitle("Roamvault admin console");
        stage.setScene(scene);
        stage.show();
        return window;
    }

    /** Who is connected to what and the scheme choice, above a left navigation between the management screens. */
    private Node connected(Connection session) {
        SettingsViewModel settings = new SettingsViewModel(executor, SettingsApi.of(session.client()));
        DevicesViewModel devices = new DevicesViewModel(executor, dialogs, DevicesApi.of(session.client()),
                Clock.systemDefaultZone());
        DashboardViewModel dashboard = new DashboardViewModel(executor, DashboardApi.of(session.client()),
                Clock.systemDefaultZone());
        UsersViewModel users = new UsersViewModel(executor, dialogs, UsersApi.of(session.client()),
                Clock.systemDefaultZone());
        // Shortcut+N opens the N-th screen; keep this order stable, the README lists it.
        List<Screen> screens = List.of(
                // the numbers change all the time: each visit (and F5) asks again, and they refresh while shown
                new Screen("dashboard", "Dashboard", new DashboardView(dashboard).build(), dashboard::shown,
                        dashboard::hidden),
                new Screen("settings", "Mobile App Settings", new SettingsView(settings).build(), null, null),
                // global settings and lockouts change elsewhere, so each visit asks again
                new Screen("users", "User Accounts", new UsersView(users).build(), users::refresh, null),
                // devices change on their own (phones log in), so each visit shows them fresh
                new Screen("devices", "Devices", new DevicesView(devices).build(), devices::shown, devices::hidden),
                auditScreen(session), serverScreen(session), recordsScreen(session));
        settings.load();

        navigation = new Navigation(scene, screens);
        BorderPane layout = new BorderPane(navigation.content());
        layout.setTop(header(session));
        layout.setLeft(navigation.bar());
        return layout;
    }

    /** The log grows on its own: each visit shows the newest events; leaving stops the live tail. */
    private Screen auditScreen(Connection session) {
        AuditViewModel audit = new AuditViewModel(executor, AuditApi.of(session.client()), ZoneId.systemDefault());
        return new Screen("audit", "Audit history", new AuditView(audit, new FxExportFileChooser()).build(),
                audit::refresh, audit::stopTail);
    }

    /** The uptime and the App Servers' contacts move: each visit asks again; leaving masks the API key. */
    private Screen serverScreen(Connection session) {
        ServerViewModel server = new ServerViewModel(executor, ServerApi.of(session.client()), Clock.systemDefaultZone());
        return new Screen("server", "Server", new ServerView(server).build(), server::load, server::hidden);
    }

    /** Records change from phones and scripts too: each visit reads the lists again. */
    private Screen recordsScreen(Connection session) {
        RecordsApi api = RecordsApi.of(session.client(),
                () -> session.passwordstate().generatePasswords(1, null).get(0));
        RecordsViewModel records = new RecordsViewModel(executor, dialogs, api, Clock.systemDefaultZone());
        return new Screen("records", "Records", new RecordsView(records, ZoneId.systemDefault()).build(),
                records::refresh, null);
    }

    private Node header(Connection session) {
        Label title = new Label("Connected to " + session.client().serverUrl());
        title.setId("connected-title");
        title.getStyleClass().add("screen-title");
        Label detail = new Label("Signed in as " + session.username() + " · server " + session.server().version()
                + " (" + session.server().topology() + ")");
        detail.getStyleClass().add("hint");
        VBox who = new VBox(title, detail);
        HBox.setHgrow(who, Priority.ALWAYS);
        Node chooser = SchemeChooser.of(scheme.choiceProperty(), choice -> "theme-" + choice.stored(),
                DARK.getDisplayText());
        HBox header = new HBox(12, who, chooser);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("screen", "session-header");
        return header;
    }

    private void leaveSession() {
        if (navigation != null) {
            navigation.leave();
            navigation = null;
        }
    }
}
