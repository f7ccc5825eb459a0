package com.roamvault.device.ui;

import static com.roamvault.device.ui.DemoLaunch.AMORGAN;
import static com.roamvault.device.ui.DemoLaunch.JSMITH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.launch.SimulatorSetup;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.records.RecordRow;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.simulator.PhoneSlot;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.layout.ClippedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
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

/**
 * Issue 14's layout check for the phone simulator: two phones paired to demo users against the real
 * demo server, walked through every screen a user meets, at the window's default size and at 1.5x
 * UI scale; on each screen no text may be cut, nothing may scroll sideways, no toolbar item may be hidden.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneLayoutUiTest {
    static final String LONG_TITLE = "core-sw-01 · Frankfurt data centre, hall 2, row 14, rack B · out-of-band "
            + "management switch (primary)";
    private static DemoLab lab;
    private static SimulatorSetup setup;
    private Stage stage;
    private SimulatorViewModel vm;
    private FxUiExecutor executor;
    private SimulatorWindow window;

    @BeforeAll
    static void startServer() throws Exception {
        lab = new DemoLab();
        AdminClient admin = lab.admin();
        long list = admin.lists().find("Network Devices").orElseThrow().listId();
        admin.records().create(list, new RecordRequest(LONG_TITLE, "CORP\\svc-network-oob-management-frankfurt",
                "Xq7!long-password-for-the-oob-switch-2026", "https://oob-mgmt-core-sw-01.fra2.network.corp.example"
                + "/cgi-bin/login?redirect=/dashboard", "Console server port 7 (9600 8N1). Rotated quarterly by "
                + "the network team; ask #netops before changing it.", null, null, EditingLab.OTP_URI));
        // issue 15: jsmith may edit this list from the phone (the edit form and a conflict are walked too)
        long jsmith = admin.users().find(JSMITH).orElseThrow().id();
        admin.lists().grant(list, com.roamvault.client.admin.ListsApi.mobileGrant(jsmith, "modify"));
        setup = SimulatorSetup.connect(DemoLaunch.options(lab));
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage primary) {
        // a window of its own per test, opened at the size the simulator chooses
        stage = new Stage();
        executor = new FxUiExecutor("phone-worker");
        vm = new SimulatorViewModel(setup.source(), executor, new ScriptedDialogs());
        window = SimulatorWindow.show(stage, vm, false);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> List.copyOf(vm.phones()).forEach(vm::removePhone));
        window.stop();
        robot.interact(stage::close);
        executor.close();
    }

    @Test
    void everyPhoneScreenShowsItsWholeTextAtTheDefaultWindowSize(FxRobot robot) throws Exception {
        // the headless screen is 1600x1000: the window opens at its default size
        assertThat(sceneSize()).isEqualTo(SimulatorWindow.DEFAULT_SIZE);
        walkEveryScreen(robot);
    }

    @Test
    void everyPhoneScreenShowsItsWholeTextAtOneAndAHalfTimesScale(FxRobot robot) throws Exception {
        // a 1600x1000 screen at UI scale 1.5 has 1066x666 logical pixels
        resize(robot, new Dimension2D(1066, 666));
        walkEveryScreen(robot);
    }

    @Test
    void everyPhoneScreenShowsItsWholeTextInTheWindowOpenedOnAScaledScreen(FxRobot robot) throws Exception {
        // what the simulator opens on that 1066x666 screen: a little smaller, to leave room for its frame
        Dimension2D size = SimulatorWindow.sizeOn(new Rectangle2D(0, 0, 1066, 666));
        assertThat(size.getWidth()).isLessThanOrEqualTo(1066);
        assertThat(size.getHeight()).isLessThanOrEqualTo(666);
        resize(robot, size);
        walkEveryScreen(robot);
    }

    @Test
    void aScenarioPlayedBesideThePhonesReadsInFullAtOneAndAHalfTimesScale(FxRobot robot) throws Exception {
        resize(robot, new Dimension2D(1066, 666));
        Path file = Files.writeString(Files.createTempDirectory("rv-layout").resolve("layout.yaml"), """
                name: Per-user offline days shorter than the global setting wipe the cache of a phone left offline
                users:
                  - username: CORP\\layout-scenario-user-with-a-long-name
                    masterPassword: "layout-orbit-lantern-quartz-97"
                    lists: [Scenario Layout List]
                devices:
                  phone: {user: CORP\\layout-scenario-user-with-a-long-name, password: "layout-orbit-lantern-quartz-97"}
                steps:
                  - pair: phone
                  - login: phone
                  - admin: {setUserOption: {user: CORP\\layout-scenario-user-with-a-long-name, offlineCacheDays: 2}}
                  - sync: phone
                  - network: {device: phone, state: offline}
                  - advanceClock: {device: phone, by: 3d}
                  - expect: {device: phone, state: LOCKED, records: ">= 1", pendingAudit: 0, leaseDaysLeft: "<= 2"}
                """);
        robot.interact(() -> {
            vm.scenario().pauseMillisProperty().set(0);
            vm.scenario().run(file);
        });
        await(() -> !vm.scenario().runningProperty().get() && !vm.scenario().verdictProperty().get().isEmpty());
        assertThat(vm.scenario().verdictProperty().get()).as("the last step fails, with a long note").startsWith("FAILED");
        fits(robot, "a scenario's steps and verdict beside its phone");
    }

    @Test
    void theCodeEditAndConflictScreensShowTheirWholeTextAtTheDefaultWindowSize(FxRobot robot) throws Exception {
        walkTheEditingScreens(robot);
    }

    @Test
    void theCodeEditAndConflictScreensShowTheirWholeTextAtOneAndAHalfTimesScale(FxRobot robot) throws Exception {
        resize(robot, new Dimension2D(1066, 666));
        walkTheEditingScreens(robot);
    }

    /** Issue 15's screens: the OTP page, a record's code, the edit form (weak password, bad URI), a conflict. */
    private void walkTheEditingScreens(FxRobot robot) throws Exception {
        robot.interact(() -> vm.addPhone(JSMITH, false));
        await(() -> vm.phones().size() == 1 && !vm.addingProperty().get());
        PhoneViewModel jsmith = phone(JSMITH).phone();
        robot.interact(() -> {
            jsmith.login().passwordProperty().set(DemoLab.masterPasswordOf(JSMITH));
            jsmith.login().logIn();
        });
        await(() -> unlocked(jsmith));
        robot.interact(() -> jsmith.show(Screen.OTP_CODES));
        await(() -> !jsmith.otpCodes().rows().isEmpty() && !jsmith.otpCodes().codesProperty().get().isEmpty());
        fits(robot, "the OTP page");

        robot.interact(() -> jsmith.records().queryProperty().set("frankfurt"));
        await(() -> jsmith.records().rows().size() == 2);
        RecordRow row = jsmith.records().rows().stream().filter(r -> r instanceof RecordRow.Item i
                && LONG_TITLE.equals(i.title())).findFirst().orElseThrow();
        robot.interact(() -> jsmith.records().open(row));
        await(() -> jsmith.detail().otp().hasCodeProperty().get() && jsmith.detail().canEditProperty().get()
                && !jsmith.busyProperty().get());
        robot.interact(() -> jsmith.detail().copyCode());
        await(() -> !jsmith.detail().clipboardProperty().get().isEmpty() && !jsmith.busyProperty().get());
        fits(robot, "a record with a one-time code, copied");

        robot.interact(() -> {
            jsmith.detail().edit();
            jsmith.edit().passwordProperty().set("summer2026");
            jsmith.edit().otpUriProperty().set("otpauth://totp/Corp:jsmith?secret=not-base32!&digits=9");
        });
        await(() -> jsmith.screenProperty().get() == Screen.EDIT && !jsmith.edit().otpProblemProperty().get().isEmpty());
        fits(robot, "the edit form with a weak password and a malformed otpauth URI");

        long id = jsmith.device().findByTitle(LONG_TITLE).orElseThrow().recordId();
        var before = lab.admin().records().get(id);
        lab.admin().records().update(id, new RecordRequest(before.title(), before.username() + "-by-the-admin",
                before.password(), before.url(), before.notes(), null, null, before.otpUri()));
        robot.interact(() -> {
            jsmith.edit().otpUriProperty().set("");
            jsmith.edit().usernameProperty().set("CORP\\svc-network-oob-management-frankfurt-rotated-on-the-phone");
            jsmith.edit().save();
        });
        await(() -> jsmith.edit().conflictedProperty().get() && !jsmith.busyProperty().get());
        fits(robot, "the edit form after a conflict");

        robot.interact(() -> jsmith.edit().reviewConflict());
        await(() -> !jsmith.conflicts().conflicts().isEmpty());
        fits(robot, "the conflict screen");
        robot.interact(() -> jsmith.show(Screen.RECORDS));
        await(() -> !jsmith.records().conflictsProperty().get().isEmpty());
        fits(robot, "the records with the conflict badge");
        robot.interact(() -> jsmith.conflicts().dismiss());
        await(() -> jsmith.records().conflictsProperty().get().isEmpty());
    }

    private void resize(FxRobot robot, Dimension2D size) {
        robot.interact(() -> {
            stage.setWidth(size.getWidth());
            stage.setHeight(size.getHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sceneSize()).isEqualTo(size);
    }

    @Test
    void theAddPhoneUserChoiceSaysWhatItChooses(FxRobot robot) {
        ComboBox<?> users = robot.lookup("#add-phone-user").queryComboBox();
        Label label = robot.lookup("#add-phone-user-label").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo("New phone for:");
        assertThat(label.getLabelFor()).isSameAs(users);
        assertThat(label.isVisible()).isTrue();
        List<Node> bar = ((ToolBar) stage.getScene().lookup(".tool-bar")).getItems();
        assertThat(bar.indexOf(label)).as("the label just before the choice").isEqualTo(bar.indexOf(users) - 1);
        Bounds labelBox = label.localToScene(label.getBoundsInLocal());
        Bounds usersBox = users.localToScene(users.getBoundsInLocal());
        assertThat(labelBox.getMaxX()).as("left of the choice").isLessThanOrEqualTo(usersBox.getMinX());
        assertThat(labelBox.getCenterY()).as("on the same row").isCloseTo(usersBox.getCenterY(), within(4.0));
        assertThat(users.getTooltip().getText()).contains("paired to").contains(SimulatorViewModel.UNPAIRED);
    }

    private void walkEveryScreen(FxRobot robot) throws Exception {
        robot.interact(() -> vm.addPhone(null));
        await(() -> vm.phones().size() == 1 && !vm.addingProperty().get());
        fits(robot, "an unpaired phone's pair screen");
        PhoneViewModel unpaired = vm.phones().getFirst().phone();
        robot.interact(() -> {
            unpaired.pair().pairingCodeProperty().set("roamvault://pair?server=https://vault.corp.example:8443");
            unpaired.pair().pair();
        });
        await(() -> !unpaired.pair().errorProperty().get().isEmpty() && !unpaired.busyProperty().get());
        fits(robot, "the pair screen refusing a bad code");
        robot.interact(() -> vm.removePhone(vm.phones().getFirst()));

        robot.interact(() -> {
            vm.addPhone(JSMITH, false);
            vm.addPhone(AMORGAN, false);
        });
        await(() -> vm.phones().size() == 2 && !vm.addingProperty().get());
        PhoneViewModel jsmith = phone(JSMITH).phone();
        PhoneViewModel amorgan = phone(AMORGAN).phone();
        robot.interact(() -> {
            jsmith.login().passwordProperty().set("not-the-master-password");
            jsmith.login().logIn();
        });
        await(() -> !jsmith.login().errorProperty().get().isEmpty() && !jsmith.busyProperty().get());
        fits(robot, "the login screens, one after a wrong password");

        for (PhoneViewModel p : List.of(jsmith, amorgan)) {
            robot.interact(() -> {
                p.login().passwordProperty().set(DemoLab.masterPasswordOf(p.snapshot().username()));
                p.login().logIn();
            });
        }
        await(() -> unlocked(jsmith) && unlocked(amorgan));
        fits(robot, "the records lists");

        robot.interact(() -> jsmith.records().queryProperty().set("frankfurt"));
        await(() -> jsmith.records().rows().size() == 2);
        fits(robot, "a record with a long title in the list");

        RecordRow row = jsmith.records().rows().stream().filter(r -> r instanceof RecordRow.Item i
                && LONG_TITLE.equals(i.title())).findFirst().orElseThrow();
        robot.interact(() -> jsmith.records().open(row));
        await(() -> LONG_TITLE.equals(jsmith.detail().titleProperty().get()) && !jsmith.busyProperty().get());
        robot.interact(() -> jsmith.detail().reveal());
        await(() -> jsmith.detail().revealedProperty().get() && !jsmith.busyProperty().get());
        robot.interact(() -> jsmith.detail().copy());
        await(() -> !jsmith.detail().clipboardProperty().get().isEmpty() && !jsmith.busyProperty().get());
        robot.interact(() -> amorgan.show(Screen.SETTINGS));
        fits(robot, "a revealed and copied record, and the settings");

        robot.interact(() -> amorgan.settings().changeMasterPassword());
        await(() -> amorgan.screenProperty().get() == Screen.CHANGE_PASSWORD);
        robot.interact(() -> {
            amorgan.changePassword().currentProperty().set(DemoLab.masterPasswordOf(AMORGAN));
            amorgan.changePassword().nextProperty().set("summer2026");
            amorgan.changePassword().confirmProperty().set("summer2025");
        });
        fits(robot, "the change master password screen");

        for (PhoneViewModel p : List.of(jsmith, amorgan)) {
            robot.interact(() -> {
                p.show(Screen.SYNC);
                p.sync().sync();
            });
        }
        await(() -> synced(jsmith) && synced(amorgan));
        fits(robot, "the sync screens after a sync");

        robot.interact(() -> List.of(jsmith, amorgan).forEach(p -> p.records().lock()));
        await(() -> locked(jsmith) && locked(amorgan));
        assertThat(jsmith.unlock().fingerprintOfferedProperty().get()).as("finger unlock offered").isTrue();
        robot.interact(() -> {
            amorgan.unlock().passwordProperty().set("not-the-master-password");
            amorgan.unlock().unlockWithPassword();
        });
        await(() -> !amorgan.unlock().errorProperty().get().isEmpty() && !amorgan.busyProperty().get());
        fits(robot, "the lock screens, one after a wrong password");

        robot.interact(() -> jsmith.unlock().touch(AdminPhoneSource.DEMO_FINGER));
        await(() -> unlocked(jsmith));
        PhoneSlot jsmithSlot = phone(JSMITH);
        robot.interact(() -> jsmithSlot.control().setNetwork(NetworkMode.OFFLINE));
        await(() -> jsmith.snapshot().network() == NetworkMode.OFFLINE);
        robot.interact(() -> jsmithSlot.control().advanceClock(Duration.ofDays(15)));
        await(() -> jsmith.snapshot().lifecycle() == Lifecycle.WIPED && jsmith.screenProperty().get() == Screen.END_STATE);
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> phone(AMORGAN).control().touchWithUnknownFinger());
            await(() -> !amorgan.busyProperty().get());
        }
        await(() -> amorgan.screenProperty().get() == Screen.END_STATE);
        await(() -> !phone(JSMITH).control().pendingEvents().isEmpty());
        fits(robot, "the wiped and the locked-out end states, and a journal with offline events");

        robot.interact(amorgan::acknowledgeEndState);
        await(() -> locked(amorgan));
        robot.interact(() -> {
            amorgan.unlock().passwordProperty().set(DemoLab.masterPasswordOf(AMORGAN));
            amorgan.unlock().unlockWithPassword();
        });
        await(() -> unlocked(amorgan));
        robot.interact(() -> phone(AMORGAN).control().setNetwork(NetworkMode.MITM));
        await(() -> amorgan.snapshot().network() == NetworkMode.MITM);
        robot.interact(() -> {
            amorgan.show(Screen.SYNC);
            amorgan.sync().sync();
        });
        await(() -> amorgan.screenProperty().get() == Screen.END_STATE && !amorgan.busyProperty().get());
        robot.interact(jsmith::acknowledgeEndState);
        robot.interact(() -> jsmithSlot.control().setNetwork(NetworkMode.ONLINE));
        await(() -> jsmith.screenProperty().get() == Screen.LOGIN && jsmith.snapshot().network() == NetworkMode.ONLINE);
        robot.interact(() -> {
            jsmith.login().passwordProperty().set(DemoLab.masterPasswordOf(JSMITH));
            jsmith.login().logIn();
        });
        await(() -> unlocked(jsmith));
        lab.admin().devices().revoke(jsmith.snapshot().deviceId());
        robot.interact(() -> {
            jsmith.show(Screen.SYNC);
            jsmith.sync().sync();
        });
        await(() -> jsmith.screenProperty().get() == Screen.END_STATE && !jsmith.busyProperty().get());
        fits(robot, "the man-in-the-middle and the revoked end states");
    }

    private PhoneSlot phone(String username) {
        return vm.phones().stream().filter(s -> username.equals(s.phone().snapshot().username())).findFirst()
                .orElseThrow();
    }

    private static boolean unlocked(PhoneViewModel p) {
        return p.snapshot().lifecycle() == Lifecycle.UNLOCKED && p.screenProperty().get() == Screen.RECORDS
                && !p.busyProperty().get();
    }

    private static boolean locked(PhoneViewModel p) {
        return p.snapshot().lifecycle() == Lifecycle.LOCKED && p.screenProperty().get() == Screen.UNLOCK;
    }

    private static boolean synced(PhoneViewModel p) {
        return p.sync().resultProperty().get().startsWith("Synced") && !p.busyProperty().get();
    }

    private Dimension2D sceneSize() {
        return new Dimension2D(stage.getScene().getWidth(), stage.getScene().getHeight());
    }

    /** Scrolls the phones area from top to bottom and collects what is cut at each stop. */
    private void fits(FxRobot robot, String screens) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = stage.getScene();
            ScrollPane phones = (ScrollPane) scene.lookup("#phones-scroll");
            for (double v = 0; v <= 1.0; v += 0.25) {
                phones.setVvalue(v);
                found.addAll(ClippedText.in(scene));
            }
            phones.setVvalue(0);
        });
        if (!found.isEmpty()) {
            robot.interact(() -> saveForTheReader(stage.getScene(), screens));
        }
        assertThat(found.stream().distinct().toList())
                .as("cut or hidden on %s at %.0fx%.0f", screens, sceneSize().getWidth(), sceneSize().getHeight())
                .isEmpty();
    }

    /** A picture of the failing screen beside the surefire reports, to see what was cut. */
    private static void saveForTheReader(Scene scene, String screens) {
        String name = "layout-" + (int) scene.getWidth() + "-" + screens.replaceAll("[^A-Za-z]+", "-") + ".png";
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    java.nio.file.Path.of("target", name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the phones did not get there within 20 s", e);
        }
    }
}
