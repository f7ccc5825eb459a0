package com.roamvault.console.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.ui.contrast.ContrastAudit;
import com.roamvault.ui.contrast.PrimerPalette;
import com.roamvault.ui.contrast.StyleRules;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text and icon colour the console's stylesheets give meets WCAG AA on its background, light and dark. */
class ConsoleContrastTest {

    static Stream<PrimerPalette> palettes() {
        return Stream.of(PrimerPalette.light(), PrimerPalette.dark());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("palettes")
    void theConsoleStylesheetsColoursReadWell(PrimerPalette palette) {
        StyleRules console = StyleRules.resource(ColorScheme.STYLESHEET);
        StyleRules server = StyleRules.resource("/com/roamvault/console/server/server.css");
        assertThat(console.all()).as("parsed").hasSizeGreaterThan(40);

        assertThat(ContrastAudit.of(palette, console, server)).isEmpty();
    }
}
