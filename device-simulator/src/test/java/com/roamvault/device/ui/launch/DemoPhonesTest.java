package com.roamvault.device.ui.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.ScriptedDialogs;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.simulator.PhoneSlot;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.ui.SameThreadUiExecutor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The phones {@code ./roamvault demo} starts, built by the same set-up code from the same kind of
 * arguments (DemoCommand's: a running demo server, {@code --demo-users}, two {@code --phone}s),
 * against the real demo server.
 */
class DemoPhonesTest {
    /** The demo server's documented admin password (DemoCommand.ADMIN_PASSWORD). */
    static final String DEMO_ADMIN_PASSWORD = "roamvault-demo-admin-2026";
    private static DemoLab lab;

    @BeforeAll
    static void startServer() {
        lab = new DemoLab();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    /** What {@code DemoCommand.phones(url, pin, false)} hands the simulator, plus the test's cheap KDF. */
    static LaunchOptions demoOptions(DemoLab lab) {
        return CommandLine.populateCommand(new LaunchOptions(), "--server-url", lab.url(), "--pin", lab.pin(),
                "--admin-password", DEMO_ADMIN_PASSWORD, "--demo-users", "--phone", "CORP\\jsmith",
                "--phone", "CORP\\amorgan", "--insecure-test-kdf");
    }

    @Test
    void aDemoPhoneLocksAndUnlocksWithTheRightThumbWithoutAnySetUp() throws Exception {
        SimulatorSetup setup = SimulatorSetup.connect(demoOptions(lab));
        SimulatorViewModel vm = new SimulatorViewModel(setup.source(), new SameThreadUiExecutor(), new ScriptedDialogs());
        setup.addInitialPhones(vm);

        assertThat(vm.phones()).hasSize(2);
        for (PhoneSlot slot : List.copyOf(vm.phones())) {
            PhoneViewModel phone = slot.phone();
            assertThat(phone.snapshot().lifecycle()).as(phone.name()).isEqualTo(Lifecycle.UNLOCKED);
            assertThat(phone.snapshot().enrolledFingers()).containsExactly("right-thumb");
            assertThat(slot.hint()).contains("finger: right-thumb");

            phone.records().lock();
            assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.LOCKED);
            assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.ARMED);
            assertThat(phone.unlock().fingerprintOfferedProperty().get()).as("Unlock with fingerprint shown").isTrue();

            phone.unlock().touch("right-thumb");
            assertThat(phone.unlock().errorProperty().get()).isEmpty();
            assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
            phone.device().close();
        }
    }
}
