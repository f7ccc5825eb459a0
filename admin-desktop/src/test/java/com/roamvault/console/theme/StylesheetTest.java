package com.roamvault.console.theme;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** A stylesheet JavaFX cannot parse only logs a warning and silently drops rules: fail here instead. */
class StylesheetTest {

    @Test
    void theConsoleStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(getClass().getResource("/com/roamvault/console/console.css"));

        assertThat(CssParser.errorsProperty()).as("CSS errors").isEmpty();
        assertThat(sheet.getRules()).extracting(rule -> rule.getSelectors().get(0).toString())
                .anyMatch(selector -> selector.contains("verify-broken"))
                .anyMatch(selector -> selector.contains("users-detail"));
    }
}
