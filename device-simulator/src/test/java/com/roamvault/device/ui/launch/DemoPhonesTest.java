package com.roamvault.device.ui.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.DemoLaunch;
import com.roamvault.device.ui.ScriptedDialogs;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.simulator.PhoneSlot;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.ui.SameThreadUiExecutor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phones {@code ./roamvault demo} starts, built by the same set-up code from the same kind of
 * arguments (DemoCommand's: a running demo server, {@code --demo-users}, two {@code --phone}s),
 * against the real demo server.
 */
class DemoPhonesTest {
    private static DemoLab lab;

    @BeforeAll
    static void startServer() {
        lab = new DemoLab();
    }

    @AfterAll
    static void stopServer() {
        lab.close();
    }

    @Test
    void aDemoPhoneLocksAndUnlocksWithTheRightThumbWithoutAnySetUp() throws Exception {
        SimulatorSetup setup = SimulatorSetup.connect(DemoLaunch.options(lab));
        SimulatorViewModel vm = new SimulatorViewModel(setup.source(), new SameThreadUiExecutor(), new ScriptedDialogs());
        setup.addInitialPhones(vm);

        assertThat(vm.phones()).hasSize(2);
        for (PhoneSlot slot : List.copyOf(vm.phones())) {
            PhoneViewModel phone = slot.phone();
            assertThat(phone.snapshot().lifecycle()).as(phone.name()).isEqualTo(Lifecycle.UNLOCKED);
            assertThat(phone.snapshot().enrolledFingers()).containsExactly("right-thumb");
            assertThat(slot.hint()).contains("enrolled finger: right-thumb");

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
