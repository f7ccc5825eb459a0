package com.roamvault.console;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.time.AdjustableClock;
import com.roamvault.ui.FxUiExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Dev tool for the README picture (not a test): a demo server with a month of activity made by
 * moving its clock, the console connected to it on the dashboard; saves {@code <out>.png}, the dark
 * scheme as {@code <out>-dark.png} and, to check nothing clips at 150 %, {@code <out>-150.png} (the
 * window a 1080p screen leaves at that scale, rendered 1.5 times). Renders headless (Monocle), see
 * the README (The admin console).
 */
public final class DashboardScreenshot {
    private DashboardScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Apart from the main class: JavaFX on a class path refuses a main class that is an Application. */
    public static final class App extends Application {
        private final FxUiExecutor executor = new FxUiExecutor("console-worker");

        @Override
        public void start(Stage stage) {
            Path out = Path.of(getParameters().getRaw().getFirst());
            executor.submit(DashboardScreenshot::serverWithAMonthOfActivity, server -> {
                try {
                    ConnectViewModel connect = new ConnectViewModel(executor, null,
                            new KnownServers(Files.createTempDirectory("console-shot").resolve("servers.json")));
                    ConsoleWindow.show(stage, connect, executor);
                    connect.serverUrlProperty().set(server.url());
                    connect.pinProperty().set(server.pin());
                    connect.passwordProperty().set(TestServers.ADMIN_PASSWORD);
                    connect.connect();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                when(() -> stage.getScene().lookup("#dash-devices-active") instanceof Label l && !l.getText().equals("–"),
                        () -> {
                            // light whatever the desktop prefers: the README shows both
                            ((ToggleButton) stage.getScene().lookup("#theme-light")).setSelected(true);
                            later(() -> {
                                save(stage.getScene(), out, "", 1);
                                ((ToggleButton) stage.getScene().lookup("#theme-dark")).setSelected(true);
                                later(() -> {
                                    save(stage.getScene(), out, "-dark", 1);
                                    ((ToggleButton) stage.getScene().lookup("#theme-light")).setSelected(true);
                                    stage.setWidth(1280);
                                    stage.setHeight(690);
                                    later(() -> {
                                        save(stage.getScene(), out, "-150", 1.5);
                                        Platform.exit();
                                        System.exit(0);
                                    });
                                });
                            });
                        });
            }, failed -> {
                failed.printStackTrace();
                Platform.exit();
                System.exit(1);
            });
        }
    }

    /** 30 days of phones syncing and failed logins, ending now; one account locked, one cache about to expire. */
    static RoamvaultServer serverWithAMonthOfActivity() throws Exception {
        // the demo is seeded 29 days ago, so the month reads like one of steady use
        AdjustableClock clock = new AdjustableClock();
        clock.advance(Duration.ofDays(-29));
        RoamvaultServer server = RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("console-shot"))
                .withPort(0).withDemo(true).withAdminPassword(TestServers.ADMIN_PASSWORD)
                .withHashing(new PasswordHasher.Params(1024, 1, 1)).withClock(clock));
        for (int day = 0; day < 30; day++) {
            for (int phone = 0; phone < 1 + (day * 5 % 7) / 2; phone++) {
                TestPhone.register(server, "Phone " + day + "." + phone).sync();
            }
            for (int failure = 0; failure < day * 3 % 5; failure++) {
                failedLogin(server, "CORP\\nobody");
            }
            if (day < 29) {
                server.wiring().clock().advance(Duration.ofDays(1));
            }
        }
        for (int i = 0; i < 5; i++) {
            failedLogin(server, "CORP\\dkowalski");
        }
        AdminClient admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        long lchen = admin.users().page("lchen", 1, 0).users().getFirst().id();
        admin.settings().replaceUserOverrides(lchen,
                new MobileOptions(null, 1, null, null, null, null, null, null, null, null));
        return server;
    }

    private static void failedLogin(RoamvaultServer server, String user) {
        try {
            RoamvaultClient.connect(server.url(), server.pin()).admin().login(user, "wrong password");
        } catch (Exception expected) {
            // invalid_credentials (then account_locked): that is the point
        }
    }

    private static void save(Scene scene, Path out, String suffix, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = scene.getRoot().snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        String name = out.getFileName().toString().replaceFirst("\\.png$", "") + suffix + ".png";
        try {
            ImageIO.write(png, "png", out.resolveSibling(name).toFile());
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

    /** Lets layout and CSS settle before a picture. */
    private static void later(Runnable then) {
        new Timeline(new KeyFrame(javafx.util.Duration.millis(1500), e -> then.run())).play();
    }
}
