package com.roamvault.device.ui;

import com.roamvault.device.engine.Device;
import com.roamvault.device.ui.launch.LaunchOptions;
import com.roamvault.device.ui.launch.SimulatorSetup;
import com.roamvault.device.ui.simulator.PhoneSlot;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.dialog.FxDialogService;
import com.roamvault.ui.settings.SettingsFolder;
import com.roamvault.ui.theme.PlatformDesktopScheme;
import com.roamvault.ui.theme.SchemeChoice;
import com.roamvault.ui.theme.SchemeFile;
import com.roamvault.ui.theme.Theme;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import picocli.CommandLine;

/**
 * The phone simulator app ({@code mvn -pl device-simulator javafx:run}, or {@code roamvault-device.jar ui}):
 * connects (or starts an embedded demo server) off the FX thread, then shows the phones. Its
 * System/Light/Dark choice is remembered in {@link #SETTINGS}.
 */
public final class PhoneSimulatorApp extends Application {
    /** {@code simulator.properties} beside the console's settings ({@code ~/.config/roamvault}). */
    public static final Path SETTINGS = SettingsFolder.path().resolve("simulator.properties");
    private final FxUiExecutor executor = new FxUiExecutor("phone-worker");
    private SimulatorSetup setup;
    private SimulatorViewModel vm;
    private SimulatorWindow window;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = CommandLine.populateCommand(new LaunchOptions(),
                getParameters().getRaw().toArray(String[]::new));
        SchemeFile remembered = SchemeFile.in(SETTINGS);
        SchemeChoice scheme = options.scheme(remembered.choice());
        Theme.apply(scheme.dark(PlatformDesktopScheme.get().dark().get())); // the window below takes over
        stage.setTitle("Roamvault phone simulator");
        stage.setScene(new Scene(starting(options), 520, 240));
        stage.show();
        executor.submit(() -> SimulatorSetup.connect(options), connected -> {
            setup = connected;
            vm = new SimulatorViewModel(connected.source(), executor, new FxDialogService(stage));
            vm.schemeProperty().set(scheme);
            window = SimulatorWindow.show(stage, vm, true);
            remembered.rememberChangesOf(vm.schemeProperty());
            connected.addInitialPhones(vm);
            if (options.guided) {
                openGuidedOnceAdded(connected.initialPhones().size());
            }
        }, failed -> {
            System.err.println("The phone simulator could not start: " + failed.getMessage());
            Platform.exit();
        });
    }

    /** {@code --guided}: the panel opens once the start phones are there (the story needs the demo phone). */
    private void openGuidedOnceAdded(int phones) {
        if (vm.phones().size() >= phones && !vm.addingProperty().get()) {
            vm.guided().open();
            return;
        }
        vm.addingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean adding) {
                if (!adding) {
                    obs.removeListener(this);
                    vm.guided().open();
                }
            }
        });
    }

    private static VBox starting(LaunchOptions options) {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(options.embedded()
                ? "Starting the embedded demo server…" : "Connecting to " + options.serverUrl + "…"));
        box.setStyle("-fx-alignment: center; -fx-padding: 24;");
        return box;
    }

    @Override
    public void stop() throws Exception {
        if (window != null) {
            window.stop();
        }
        if (vm != null) {
            vm.phones().stream().filter(s -> !s.scenario()).map(PhoneSlot::phone).forEach(p -> close(p.device()));
        }
        if (setup != null) {
            setup.server().close();
        }
        executor.close();
    }

    private static void close(Device device) {
        try {
            device.close();
        } catch (RuntimeException e) {
            // closing at exit: nothing left to tell anyone
        }
    }
}
