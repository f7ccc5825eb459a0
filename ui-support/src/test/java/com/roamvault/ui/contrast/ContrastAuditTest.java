package com.roamvault.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContrastAuditTest {

    @Test
    void primerReadsFromAtlantaFxsOwnStylesheets() {
        assertThat(Wcag.hex(PrimerPalette.light().resolve("-color-fg-default").orElseThrow())).isEqualTo("#24292f");
        assertThat(Wcag.hex(PrimerPalette.dark().resolve("-color-bg-default").orElseThrow())).isEqualTo("#0d1117");
        assertThat(PrimerPalette.light().resolve("-color-no-such-thing")).isEmpty();
    }

    @Test
    void aFaintTextColourIsReportedAndTheDefaultOneIsNot() {
        StyleRules css = StyleRules.parse("""
                /* Primer's subtle grey is for placeholders, not for reading */
                .faint { -fx-text-fill: -color-fg-subtle; }
                .fine, .also-fine { -fx-text-fill: -color-fg-default; }
                """);

        assertThat(ContrastAudit.of(PrimerPalette.light(), css)).singleElement().asString()
                .startsWith(".faint: -color-fg-subtle (#6e7781) on -color-bg-subtle (#f6f8fa) is 4.27:1");
        assertThat(ContrastAudit.of(PrimerPalette.dark(), css)).hasSize(2).allMatch(line -> line.startsWith(".faint"));
    }

    @Test
    void textSitsOnTheBackgroundOfItsOwnRuleOrOfTheShorterSelectorTranslucentOnesOverThePage() {
        StyleRules css = StyleRules.parse("""
                .badge { -fx-background-color: -color-warning-muted; -fx-text-fill: -color-warning-fg; }
                .tile { -fx-background-color: #1b1f24, -color-warning-subtle; }
                .tile .value { -fx-text-fill: -color-warning-fg; }
                .frame { -fx-background-color: #ffffff; }
                .frame > .caption { -fx-text-fill: #777777; -fx-font-size: 1.5em; -fx-font-weight: bold; }
                .frame .note { -fx-text-fill: #777777; }
                .icon { -fx-icon-color: #999999; }
                .odd { -fx-text-fill: derive(-color-fg-default, 20%); }
                """);

        assertThat(ContrastAudit.of(PrimerPalette.light(), css))
                .anyMatch(l -> l.startsWith(".badge: -color-warning-fg (#9a6700) on -color-warning-muted over -color-bg-default"))
                .anyMatch(l -> l.startsWith(".badge: -color-warning-fg (#9a6700) on -color-warning-muted over -color-bg-subtle"))
                .noneMatch(l -> l.startsWith(".tile .value")) // 4.52 on warning-subtle, the inner layer
                .noneMatch(l -> l.startsWith(".frame .caption")) // large text: 3:1 is enough
                .anyMatch(l -> l.startsWith(".frame .note: #777777 (#777777) on #ffffff (#ffffff) is 4.48:1"))
                .anyMatch(l -> l.startsWith(".icon: #999999")) // icons need 3:1, this grey has 2.85 on white
                .anyMatch(l -> l.startsWith(".odd: cannot tell the colour"));
    }
}
