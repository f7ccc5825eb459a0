package com.roamvault.console;

import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.console.support.FxDialogService;
import com.roamvault.console.support.FxUiExecutor;
import javafx.application.Application;
import javafx.stage.Stage;

/** The Roamvault admin console: starts on the connect screen. */
public final class ConsoleApp extends Application {
    private FxUiExecutor executor;

    public static void main(String[] args) {
        launch(ConsoleApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        executor = new FxUiExecutor();
        ConnectViewModel connect = new ConnectViewModel(executor, new FxDialogService(stage),
                new KnownServers(KnownServers.defaultFile()));
        ConsoleWindow.show(stage, connect, executor);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }
}
