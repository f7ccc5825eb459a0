package com.roamvault.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, against the real server: the dashboard is what an admin sees first after connecting. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewUiTest {
    private static RoamvaultServer server;
    private static AdminClient admin;
    private FxUiExecutor executor;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        TestPhone.register(server, "Dashboard UI phone").sync();
        for (int i = 0; i < 5; i++) { // locks CORP\dkowalski: the lockout is 5 failures
            try {
                RoamvaultClient.connect(server.url(), server.pin()).admin().login("CORP\\dkowalski", "wrong password");
            } catch (Exception expected) {
                // invalid_credentials, then account_locked
            }
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxUiExecutor("console-worker");
        ConsoleWindow.show(stage, new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-ui").resolve("servers.json"))), executor);
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private static void connect(FxRobot robot) throws Exception {
        robot.clickOn("#connect-url").write(server.url());
        robot.clickOn("#connect-pin").write(server.pin());
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#dash-devices-active").tryQuery()
                .map(n -> !((Label) n).getText().equals("–")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String tile(FxRobot robot, String id) {
        return robot.lookup("#dash-" + id).queryAs(Label.class).getText();
    }

    @Test
    void afterConnectingTheDashboardShowsTheCountersThirtyDaysOfBarsAndTheNewestEvents(FxRobot robot) throws Exception {
        connect(robot);

        VBox nav = robot.lookup("#nav").queryAs(VBox.class);
        assertThat(nav.getChildren().getFirst().getId()).isEqualTo("nav-dashboard");
        assertThat(((ToggleButton) nav.getChildren().getFirst()).isSelected()).isTrue();
        var stats = admin.stats();
        assertThat(tile(robot, "devices-active")).isEqualTo(Long.toString(stats.devicesActive())).isNotEqualTo("0");
        assertThat(tile(robot, "caches-expiring")).isEqualTo(Long.toString(stats.cachesExpiringWithin48h()));
        assertThat(tile(robot, "locked-accounts")).isEqualTo("1");
        assertThat(tile(robot, "failed-logins")).isEqualTo(Long.toString(stats.failedLogins24h()));
        assertThat(robot.lookup("#dashboard-app-servers").queryAs(Label.class).isVisible())
                .as("an all-in-one server has no App Servers to list").isFalse();
        PseudoClass warning = PseudoClass.getPseudoClass("warning");
        assertThat(robot.lookup("#tile-locked-accounts").query().getPseudoClassStates()).contains(warning);
        assertThat(robot.lookup("#tile-failed-logins").query().getPseudoClassStates()).contains(warning);
        assertThat(robot.lookup("#tile-devices-active").query().getPseudoClassStates()).doesNotContain(warning);

        BarChart<?, ?> chart = robot.lookup("#dashboard-chart").queryAs(BarChart.class);
        assertThat(chart.getData().getFirst().getData()).hasSize(30);
        // bars drawn in the plot (the hidden legend's symbol is a .chart-bar too)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-chart").lookup(".chart-bar")
                .queryAll().stream().filter(bar -> !bar.getStyleClass().contains("bar-legend-symbol")).count() == 30);
        Node lastBar = chart.getData().getFirst().getData().getLast().getNode();
        assertThat(lastBar.getBoundsInParent().getHeight()).isPositive(); // today has events

        TableView<?> events = robot.lookup("#dashboard-events").queryAs(TableView.class);
        assertThat(events.getItems()).isNotEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#dashboard-events").lookup("Login succeeded").tryQuery().isPresent());
    }

    @Test
    void f5AsksTheServerAgainAndTheNewPhoneIsCounted(FxRobot robot) throws Exception {
        connect(robot);
        long before = Long.parseLong(tile(robot, "devices-active"));

        TestPhone.register(server, "Phone after the first look").sync();
        robot.push(KeyCode.F5);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> tile(robot, "devices-active").equals(Long.toString(before + 1)));
    }

    @Test
    void comingBackToTheDashboardRefreshesIt(FxRobot robot) throws Exception {
        connect(robot);
        long before = Long.parseLong(tile(robot, "devices-active"));
        robot.clickOn("#nav-devices");
        TestPhone.register(server, "Phone while away").sync();

        robot.clickOn("#nav-dashboard");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> tile(robot, "devices-active").equals(Long.toString(before + 1)));
    }
}
