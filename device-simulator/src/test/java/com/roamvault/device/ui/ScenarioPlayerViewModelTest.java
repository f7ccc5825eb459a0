package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.support.EmbeddedServer;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.launch.AdminPhoneSource;
import com.roamvault.device.ui.scenario.StepLine;
import com.roamvault.device.ui.simulator.PhoneSlot;
import com.roamvault.device.ui.simulator.SimulatorViewModel;
import com.roamvault.ui.SameThreadUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file played from the UI: its phones appear beside the others and every step is listed. */
class ScenarioPlayerViewModelTest {

    @Test
    void aScenarioRunShowsItsPhonesAndEachStep(@TempDir Path dir) throws Exception {
        try (Lab lab = new Lab()) {
            Argon2Kdf kdf = Argon2Kdf.insecureForTests(Lab.TEST_KDF);
            RunOptions options = new RunOptions(dir.resolve("runs"), kdf, lab.server().uri().toString(),
                    lab.server().pin(), "admin", lab.server().adminPassword());
            AdminPhoneSource source = new AdminPhoneSource(lab.admin(), Files.createDirectories(dir.resolve("phones")),
                    kdf, List.of(), Map.of(), "lab", options);
            SimulatorViewModel simulator = new SimulatorViewModel(source, new SameThreadUiExecutor(),
                    new ScriptedDialogs());
            simulator.scenario().pauseMillisProperty().set(0);
            Path file = Files.writeString(dir.resolve("watch.yaml"), """
                    name: Watched from the UI
                    users:
                      - username: CORP\\uiwatch
                        masterPassword: "uiwatch-orbit-lantern-quartz-97"
                        lists: [UI Watch List]
                    devices:
                      watched: {user: CORP\\uiwatch, password: "uiwatch-orbit-lantern-quartz-97"}
                    steps:
                      - pair: watched
                      - login: watched
                      - lock: watched
                      - expect: {device: watched, state: LOCKED}
                    """);

            simulator.scenario().run(file);

            assertThat(simulator.scenario().verdictProperty().get()).startsWith("PASSED");
            assertThat(simulator.scenario().steps()).extracting(StepLine::status).containsOnly(StepLine.Status.PASSED)
                    .hasSize(4);
            assertThat(simulator.scenario().steps().get(1).description()).isEqualTo("login: watched");
            PhoneSlot slot = simulator.phones().getFirst();
            assertThat(slot.scenario()).isTrue();
            assertThat(slot.phone().interactiveProperty().get()).isFalse();
            assertThat(slot.phone().snapshot().lifecycle()).isEqualTo(Lifecycle.LOCKED);
        }
    }
}
