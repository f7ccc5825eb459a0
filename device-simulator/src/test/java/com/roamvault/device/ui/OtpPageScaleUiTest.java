package com.roamvault.device.ui;

import static com.roamvault.device.ui.GuidedScreen.await;
import static com.roamvault.device.ui.GuidedScreen.shown;
import static com.roamvault.device.ui.GuidedScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.otp.OtpEntry;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.ui.FxUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The OTP page with 1,000 records that carry a code, in the real window: how long from the tab's
 * click to codes on screen, and what the page's once-a-second recompute of every code costs.
 */
@ExtendWith(ApplicationExtension.class)
class OtpPageScaleUiTest {
    private static final int RECORDS = 1000;
    private static Lab lab;
    private static Lab.TestUser user;
    private SimulatorViewModel simulator;
    private FxUiExecutor executor;
    private SimulatorWindow window;

    @BeforeAll
    static void startServer() throws Exception {
        lab = new Lab();
        user = lab.user(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> made = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            RecordRequest r = new RecordRequest(String.format("otp-%04d", i), "ops", "pw-" + i, null, null, null,
                    null, EditingLab.OTP_URI);
            made.add(pool.submit(() -> lab.admin().records().create(user.listId(), r)));
        }
        for (Future<?> f : made) {
            f.get();
        }
        pool.shutdown();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Argon2Kdf kdf = Argon2Kdf.insecureForTests(Lab.TEST_KDF);
        Path dir = Files.createTempDirectory("rv-ui-otp");
        RunOptions scenarios = new RunOptions(dir.resolve("scenarios"), kdf, null, null, null, null);
        executor = new FxUiExecutor("phone-worker");
        simulator = new SimulatorViewModel(new AdminPhoneSource(lab.admin(), dir, kdf, List.of(), Map.of(), "lab",
                scenarios), executor, new ScriptedDialogs());
        window = SimulatorWindow.show(stage, simulator, false);
    }

    @AfterEach
    void closeWindow() {
        window.stop();
        executor.close();
    }

    @Test
    void aThousandCodesShowWithinAFewSecondsAndTheirRefreshIsCheap(FxRobot robot) {
        robot.interact(() -> simulator.addPhone(user.username()));
        await(() -> shown(robot, "#login-password"));
        robot.clickOn("#login-password").write(user.password()).type(KeyCode.ENTER);
        await(() -> "Unlocked".equals(text(robot, "#status-lock")));
        PhoneViewModel phone = simulator.phones().getFirst().phone();

        long start = System.nanoTime();
        robot.clickOn("#nav-otp");
        ListView<?> list = robot.lookup("#otp-list").queryListView();
        await(() -> list.getItems().size() == RECORDS && robot.lookup(".otp-code").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().matches("\\d{6}")));
        Duration shownIn = Duration.ofNanos(System.nanoTime() - start);

        List<Long> ids = phone.device().otp().records().stream().map(OtpEntry::recordId).toList();
        phone.device().otp().codes(ids);
        long t = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            phone.device().otp().codes(ids);
        }
        Duration refresh = Duration.ofNanos((System.nanoTime() - t) / 5);
        System.out.printf("OTP page, %d records with codes: shown in %d ms; one refresh of every code %d ms%n",
                RECORDS, shownIn.toMillis(), refresh.toMillis());

        assertThat(shownIn).isLessThan(Duration.ofSeconds(5));
        assertThat(refresh).as("once a second, off the UI thread").isLessThan(Duration.ofMillis(250));
        assertThat(robot.lookup(".otp-code").queryAll()).as("cells only for the visible rows").hasSizeLessThan(60);
    }
}
