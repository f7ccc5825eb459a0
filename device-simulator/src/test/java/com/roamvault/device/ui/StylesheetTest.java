package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** A stylesheet JavaFX cannot parse only logs a warning and silently drops rules: fail here instead. */
class StylesheetTest {

    @Test
    void theSimulatorStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(getClass().getResource("/com/roamvault/device/ui/simulator.css"));

        assertThat(CssParser.errorsProperty()).as("CSS errors").isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
    }
}
