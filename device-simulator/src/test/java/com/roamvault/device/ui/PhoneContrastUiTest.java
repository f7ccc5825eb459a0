package com.roamvault.device.ui;

import static com.roamvault.device.ui.DemoLaunch.AMORGAN;
import static com.roamvault.device.ui.DemoLaunch.JSMITH;
import static com.roamvault.device.ui.GuidedScreen.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.records.RecordRow;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.simulator.PhoneSlot;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.contrast.RenderedContrast;
import com.roamvault.ui.theme.SchemeChoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
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
 * The simulator with two demo phones on the real demo server, through the screens a user meets
 * (a refused login, records, a revealed and copied record, sync, a wiped phone), each in Light and in
 * Dark: every text shown reads at WCAG AA against what JavaFX painted behind it.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneContrastUiTest {
    private static DemoLab lab;
    private final List<String> found = new ArrayList<>();
    private Stage stage;
    private SimulatorViewModel vm;
    private FxUiExecutor executor;
    private SimulatorWindow window;

    @BeforeAll
    static void startServer() {
        lab = new DemoLab();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        executor = new FxUiExecutor("phone-worker");
        vm = GuidedScreen.simulator(lab, executor, JSMITH, AMORGAN);
        window = SimulatorWindow.show(stage, vm, false);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> vm.schemeProperty().set(SchemeChoice.SYSTEM)); // the theme is the whole JVM's
        robot.interact(() -> List.copyOf(vm.phones()).forEach(vm::removePhone));
        window.stop();
        robot.interact(stage::close);
        executor.close();
    }

    @Test
    void everyPhoneScreenReadsWellInLightAndInDark(FxRobot robot) throws Exception {
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
        check(robot, "a login refused beside a login screen");

        for (PhoneViewModel p : List.of(jsmith, amorgan)) {
            robot.interact(() -> {
                p.login().passwordProperty().set(DemoLab.masterPasswordOf(p.snapshot().username()));
                p.login().logIn();
            });
        }
        await(() -> unlocked(jsmith) && unlocked(amorgan));
        check(robot, "the records lists");

        RecordRow row = jsmith.records().rows().stream().filter(r -> r instanceof RecordRow.Item).findFirst()
                .orElseThrow();
        robot.interact(() -> jsmith.records().open(row));
        await(() -> jsmith.screenProperty().get() == Screen.DETAIL && !jsmith.busyProperty().get());
        robot.interact(() -> jsmith.detail().reveal());
        await(() -> jsmith.detail().revealedProperty().get() && !jsmith.busyProperty().get());
        robot.interact(() -> jsmith.detail().copy());
        await(() -> !jsmith.detail().clipboardProperty().get().isEmpty() && !jsmith.busyProperty().get());
        robot.interact(() -> {
            amorgan.show(Screen.SYNC);
            amorgan.sync().sync();
        });
        await(() -> amorgan.sync().resultProperty().get().startsWith("Synced") && !amorgan.busyProperty().get());
        check(robot, "a revealed and copied record, and a sync");

        robot.interact(() -> phone(JSMITH).control().setNetwork(NetworkMode.OFFLINE));
        await(() -> jsmith.snapshot().network() == NetworkMode.OFFLINE);
        robot.interact(() -> phone(JSMITH).control().advanceClock(Duration.ofDays(15)));
        await(() -> jsmith.snapshot().lifecycle() == Lifecycle.WIPED && jsmith.screenProperty().get() == Screen.END_STATE);
        check(robot, "a wiped phone, offline, with its journal");

        assertThat(found).isEmpty();
    }

    /** In Light, then in Dark, the whole phones area scrolled top to bottom. */
    private void check(FxRobot robot, String screens) throws Exception {
        for (SchemeChoice scheme : List.of(SchemeChoice.LIGHT, SchemeChoice.DARK)) {
            robot.interact(() -> vm.schemeProperty().set(scheme));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> {
                ScrollPane phones = (ScrollPane) stage.getScene().lookup("#phones-scroll");
                for (double v = 0; v <= 1.0; v += 0.5) {
                    phones.setVvalue(v);
                    RenderedContrast.in(stage.getScene()).stream().map(line -> scheme + ", " + screens + ": " + line)
                            .filter(line -> !found.contains(line)).forEach(found::add);
                }
                phones.setVvalue(0);
            }).get(10, TimeUnit.SECONDS);
        }
    }

    private PhoneSlot phone(String username) {
        return vm.phones().stream().filter(s -> username.equals(s.phone().snapshot().username())).findFirst()
                .orElseThrow();
    }

    private static boolean unlocked(PhoneViewModel p) {
        return p.snapshot().lifecycle() == Lifecycle.UNLOCKED && p.screenProperty().get() == Screen.RECORDS
                && !p.busyProperty().get();
    }
}
