package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.ui.simulator.SimulatorWindow;
import com.roamvault.ui.contrast.ContrastAudit;
import com.roamvault.ui.contrast.PrimerPalette;
import com.roamvault.ui.contrast.StyleRules;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text and icon colour the simulator's stylesheet gives meets WCAG AA on its background, light and dark. */
class SimulatorContrastTest {

    static Stream<PrimerPalette> palettes() {
        return Stream.of(PrimerPalette.light(), PrimerPalette.dark());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("palettes")
    void theSimulatorStylesheetsColoursReadWell(PrimerPalette palette) {
        StyleRules simulator = StyleRules.resource(SimulatorWindow.STYLESHEET);
        assertThat(simulator.all()).as("parsed").hasSizeGreaterThan(60);

        assertThat(ContrastAudit.of(palette, simulator)).isEmpty();
    }
}
