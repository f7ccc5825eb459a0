package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard, Devices, Mobile App Settings and Records of the real console (demo month, three phones, a
 * failed login) show every counter, caption, date, lease and option whole, at the default size and
 * at UI scale 1.5. The screens with more to check have their own layout tests (Connect, User
 * Accounts, Audit history, Server).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensLayoutUiTest {
    private static RoamvaultServer server;
    private FxUiExecutor executor;
    private Stage stage;

    /** A screen by its id, and how a test knows the server's answer is on it. */
    private enum Loaded {
        DASHBOARD("dashboard", robot -> rows(robot, "#dashboard-events") == 10),
        DEVICES("devices", robot -> rows(robot, "#devices-table") == 3),
        // the options are enabled once the server's values are in
        SETTINGS("settings", robot -> !robot.lookup("#setting-offlineCacheDays").query().isDisabled()),
        // the first demo list's records, the form of a new one beside them
        RECORDS("records", robot -> rows(robot, "#records-table") > 0);

        private final String id;
        private final Predicate<FxRobot> loaded;

        Loaded(String id, Predicate<FxRobot> loaded) {
            this.id = id;
            this.loaded = loaded;
        }
    }

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        TestPhone.register(server, "CORP\\amorgan", "Pixel 8 Pro (Alice Morgan)").sync();
        TestPhone.register(server, "CORP\\dkowalski", "Galaxy S24 Ultra (Dawid Kowalski)").sync();
        TestPhone.register(server, "CORP\\jsmith", "iPhone 15 (John)");
        TestPhone.tryLogin(server, "CORP\\sgarcia", "not her password");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxUiExecutor("console-worker");
        this.stage = stage;
        ConsoleAtSize.open(stage, server, executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    static Stream<Arguments> screensAtBothSizes() {
        return Stream.of(Loaded.values()).flatMap(screen -> Stream.of(
                Arguments.of(screen, ConsoleAtSize.DEFAULT_WIDTH, ConsoleAtSize.DEFAULT_HEIGHT),
                Arguments.of(screen, ConsoleAtSize.SCALED_WIDTH, ConsoleAtSize.SCALED_HEIGHT)));
    }

    @ParameterizedTest(name = "{0} at {1} x {2}")
    @MethodSource("screensAtBothSizes")
    void nothingIsCut(Loaded screen, double width, double height, FxRobot robot) throws Exception {
        Scene scene = ConsoleAtSize.show(robot, stage, screen.id, width, height);
        // asked on the FX thread: the lookups read the scene graph
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> screen.loaded.test(robot)).get(10, TimeUnit.SECONDS));

        assertThat(scene.getWidth()).isEqualTo(width);
        assertThat(ConsoleAtSize.clipped(robot, scene)).isEmpty();
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems().size();
    }
}
