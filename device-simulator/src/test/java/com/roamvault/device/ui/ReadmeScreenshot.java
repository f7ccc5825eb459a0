package com.roamvault.device.ui;

import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.ui.launch.LaunchOptions;
import com.roamvault.device.ui.launch.SimulatorSetup;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.device.support.DemoLab;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.dialog.FxDialogService;
import com.roamvault.ui.theme.SchemeChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Dev tool for the README picture (not a test): two demo phones, one online and unlocked showing a
 * record with its one-time code, one offline with its clock moved past expiry; saves the window as {@code <out>.png} and, in the dark
 * scheme, {@code <out>-dark.png}. Run under a display (Xvfb), see device-simulator/README.md.
 */
public final class ReadmeScreenshot {
    private ReadmeScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Apart from the main class: JavaFX on a class path refuses a main class that is an Application. */
    public static final class App extends Application {
        private final FxUiExecutor executor = new FxUiExecutor("phone-worker");

        @Override
        public void start(Stage stage) {
            Path out = Path.of(getParameters().getRaw().getFirst());
            LaunchOptions options = new LaunchOptions();
            executor.submit(() -> SimulatorSetup.connect(options), setup -> {
                SimulatorViewModel vm = new SimulatorViewModel(setup.source(), executor, new FxDialogService(stage));
                vm.schemeProperty().set(SchemeChoice.LIGHT); // whatever the desktop prefers: the README shows both
                SimulatorWindow.show(stage, vm, true);
                vm.addPhone("CORP\\jsmith");
                vm.addPhone("CORP\\amorgan");
                when(() -> vm.phones().size() == 2, () -> logInBoth(vm, stage, out));
            }, failed -> {
                failed.printStackTrace();
                Platform.exit();
            });
        }

        private void logInBoth(SimulatorViewModel vm, Stage stage, Path out) {
            vm.phones().forEach(slot -> {
                PhoneViewModel phone = slot.phone();
                phone.login().passwordProperty().set(DemoLab.masterPasswordOf(phone.snapshot().username()));
                phone.login().logIn();
            });
            PhoneViewModel online = vm.phones().get(0).phone();
            PhoneViewModel expired = vm.phones().get(1).phone();
            when(() -> unlocked(online) && unlocked(expired), () -> {
                online.show(Screen.OTP_CODES);
                when(() -> !online.otpCodes().rows().isEmpty(), () -> online.otpCodes().open(online.otpCodes().rows().getFirst()));
                vm.phones().get(1).control().setNetwork(NetworkMode.OFFLINE);
                when(() -> expired.snapshot().network() == NetworkMode.OFFLINE, () -> {
                    vm.phones().get(1).control().advanceClock(Duration.ofDays(15));
                    when(() -> expired.snapshot().lifecycle() == Lifecycle.WIPED, () -> later(() -> {
                        save(stage.getScene(), out, "");
                        vm.schemeProperty().set(SchemeChoice.DARK);
                        later(() -> {
                            save(stage.getScene(), out, "-dark");
                            Platform.exit();
                            System.exit(0);
                        });
                    }));
                });
            });
        }

        private static boolean unlocked(PhoneViewModel p) {
            return p.snapshot().lifecycle() == Lifecycle.UNLOCKED && !p.busyProperty().get();
        }

        private static void save(Scene scene, Path out, String suffix) {
            String name = out.getFileName().toString().replaceFirst("\\.png$", "") + suffix + ".png";
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.resolveSibling(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Runs {@code then} once the condition holds, checking every 200 ms on the FX thread. */
        private static void when(BooleanSupplier condition, Runnable then) {
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(200), e -> {
                if (condition.getAsBoolean()) {
                    poll.stop();
                    then.run();
                }
            }));
            poll.setCycleCount(Timeline.INDEFINITE);
            poll.play();
        }

        /** Lets layout, CSS and the one-second tick settle before a picture. */
        private static void later(Runnable then) {
            Timeline wait = new Timeline(new KeyFrame(javafx.util.Duration.millis(1500), e -> then.run()));
            wait.play();
        }
    }
}
