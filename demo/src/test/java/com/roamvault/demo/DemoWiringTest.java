package com.roamvault.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ConsoleApp;
import com.roamvault.device.ui.PhoneSimulatorApp;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.password.PasswordHasher;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.toolkit.ToolkitService;
import org.testfx.toolkit.impl.ApplicationLauncherImpl;
import org.testfx.toolkit.impl.ApplicationServiceImpl;
import org.testfx.toolkit.impl.ToolkitServiceImpl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What {@code ./roamvault demo} starts, in one JVM and headless: the demo server, then the admin
 * console and the phone simulator launched with the arguments the script gets from
 * {@link DemoCommand}; the demo is up when the console says it is connected and both phones are
 * logged in and synced.
 */
class DemoWiringTest {
    /** TestFX's own launcher, called directly: it hands each app its arguments (FxToolkit's shortcut does not). */
    private static final ToolkitService TOOLKIT = new ToolkitServiceImpl(new ApplicationLauncherImpl(),
            new ApplicationServiceImpl());
    private static RoamvaultServer server;
    private final FxRobot robot = new FxRobot();
    private final List<Application> apps = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        // as `roamvault-server.jar --demo --data DIR --port 0` (cheap password hashing: a test)
        server = RoamvaultServer.start(ServerConfig.defaults(Files.createTempDirectory("rv-demo-wiring")).withPort(0)
                .withDemo(true).withAdminPassword(DemoSeeder.DEMO_ADMIN_PASSWORD)
                .withHashing(new PasswordHasher.Params(1024, 1, 1)));
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeApps() throws TimeoutException {
        for (Application app : apps) {
            try {
                TOOLKIT.cleanupApplication(app).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("could not stop " + app.getClass().getSimpleName(), e);
            }
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theDemoComesUpWithTheConsoleConnectedAndTwoPhonesSynced() throws Exception {
        assertThat(admin().devices().list(null)).as("no phone before the demo").isEmpty();
        launch(() -> new ConsoleApp(Map.of(DemoCommand.CONSOLE_PASSWORD_ENV, DemoCommand.ADMIN_PASSWORD)::get),
                DemoCommand.console(server.url(), server.pin()));
        List<String> phones = DemoCommand.phones(server.url(), server.pin(), false);
        assertThat(phones.getFirst()).as("the device jar's subcommand").isEqualTo("ui");
        launch(PhoneSimulatorApp::new, phones.subList(1, phones.size()));

        await(() -> text("#connected-title").startsWith("Connected to "));
        assertThat(text("#connected-title")).contains(server.url().replaceAll("/$", ""));
        await(() -> unlockedPhones() == DemoCommand.PHONE_USERS.size());

        assertThat(onScreen()).as("the simulator joined the demo server, not an embedded one of its own")
                .contains(server.url() + " · demo data").doesNotContain("embedded demo server");
        AdminClient admin = admin(); // a fresh connection: the first one idled while the windows came up
        for (String user : DemoCommand.PHONE_USERS) {
            assertThat(devicesOf(admin, user)).as(user + "'s phone on the server")
                    .anySatisfy(d -> assertThat(d.lastSyncAt()).as("synced").isNotNull());
        }

        // the demo phones come with a finger enrolled: locked, they unlock with it at once
        click("#nav-lock");
        await(() -> !text("#unlock-fingerprint").isEmpty());
        assertThat(text("#unlock-fingerprint")).isEqualTo("Unlock with fingerprint");
        click("#unlock-fingerprint");
        await(() -> unlockedPhones() == DemoCommand.PHONE_USERS.size());
    }

    /** Clicks the first showing node of {@code query}, its window brought to the front (the console's may cover it). */
    private void click(String query) {
        Node node = robot.lookup(query).queryAll().stream().filter(DemoWiringTest::shown).findFirst().orElseThrow();
        robot.interact(() -> ((Stage) node.getScene().getWindow()).toFront());
        robot.clickOn(node);
    }

    @Test
    void theArgumentsAreTheOnesTheServerAndTheProgramsUnderstand() {
        assertThat(DemoCommand.ADMIN_PASSWORD).isEqualTo(DemoSeeder.DEMO_ADMIN_PASSWORD);
        assertThat(DemoCommand.CONSOLE_PASSWORD_ENV).isEqualTo(ConsoleApp.PASSWORD_ENV);
        assertThat(DemoCommand.phones("https://h:1", "sha256/x", true)).endsWith("--guided")
                .containsSubsequence("--phone", "CORP\\jsmith", "--phone", "CORP\\amorgan");
    }

    @Test
    void theLauncherScriptTakesItsArgumentsFromDemoCommand() throws Exception {
        String script = Files.readString(java.nio.file.Path.of("..", "roamvault"));
        assertThat(script).contains("demo_command console", "demo_command phones", "roamvault-demo.jar");
    }

    /** Starts an app in a window of its own with these arguments, as {@code java -jar ... ARGS} would. */
    private void launch(java.util.function.Supplier<Application> app, List<String> args) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        apps.add(TOOLKIT.setupApplication(() -> stage, app, args.toArray(String[]::new)).get(60, TimeUnit.SECONDS));
    }

    private long unlockedPhones() {
        return robot.lookup("#status-lock").queryAll().stream().filter(DemoWiringTest::shown)
                .filter(n -> "Unlocked".equals(((Labeled) n).getText())).count();
    }

    private static AdminClient admin() throws RoamvaultClientException {
        return RoamvaultClient.connect(server.url(), server.pin()).admin().loggedInAs("admin", DemoCommand.ADMIN_PASSWORD);
    }

    private static List<DeviceDetail> devicesOf(AdminClient admin, String username) throws RoamvaultClientException {
        return admin.devices().list(null).stream().filter(d -> username.equalsIgnoreCase(d.username())).toList();
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().filter(DemoWiringTest::shown).map(n -> ((Labeled) n).getText()).orElse("");
    }

    /** What a person would read on the windows now (for a failure message). */
    private static String onScreen() {
        return new FxRobot().lookup(n -> n instanceof Labeled l && shown(n) && l.getText() != null
                        && !l.getText().isBlank()).queryAll().stream().map(n -> ((Labeled) n).getText())
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the demo did not get there within 120 s; on screen: " + onScreen(), e);
        }
    }
}
