package com.roamvault.console;

import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.console.theme.ColorScheme;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.dialog.FxDialogService;
import com.roamvault.ui.theme.Appearance;
import com.roamvault.ui.theme.PlatformDesktopScheme;
import com.roamvault.ui.theme.SchemeFile;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.stage.Stage;

/** The Roamvault admin console: starts on the connect screen. */
public final class ConsoleApp extends Application {
    /** The environment variable holding the password the console connects with at start. */
    public static final String PASSWORD_ENV = "ROAMVAULT_CONSOLE_PASSWORD";
    private final UnaryOperator<String> environment;
    private FxUiExecutor executor;

    public ConsoleApp() {
        this(System::getenv);
    }

    /** With its own environment: a test launches the console as the demo does, without a real variable. */
    public ConsoleApp(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        UiScale.apply(args);
        launch(ConsoleApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxUiExecutor("console-worker");
        ConnectViewModel connect = new ConnectViewModel(executor, new FxDialogService(stage),
                new KnownServers(KnownServers.defaultFile()));
        ConsoleWindow.show(stage, connect, executor,
                Appearance.remembered(SchemeFile.in(ColorScheme.besides(KnownServers.defaultFile())),
                        PlatformDesktopScheme.get()));
        connectFromLaunchArguments(connect, getParameters().getNamed(), environment.apply(PASSWORD_ENV));
    }

    /** The demo starts the console already connected: server, pin and user as arguments, the password from the environment. */
    static void connectFromLaunchArguments(ConnectViewModel connect, java.util.Map<String, String> named, String password) {
        String url = named.get("server-url");
        String pin = named.get("pin");
        if (url == null || pin == null) {
            return;
        }
        connect.serverUrlProperty().set(url);
        connect.pinProperty().set(pin);
        connect.usernameProperty().set(named.getOrDefault("user", "admin"));
        if (password != null && !password.isEmpty()) {
            connect.passwordProperty().set(password);
            connect.connect();
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}
