package com.roamvault.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class WcagTest {

    @Test
    void blackOnWhiteIsTwentyOneAndGreyPassesOnlyWhenDarkEnough() {
        assertThat(Wcag.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, within(0.01));
        assertThat(Wcag.ratio(Color.WHITE, Color.WHITE)).isCloseTo(1, within(0.001));
        // the textbook pair: #767676 is the lightest grey that passes on white, #777777 fails
        assertThat(Wcag.ratio(Color.web("#767676"), Color.WHITE)).isGreaterThanOrEqualTo(Wcag.TEXT);
        assertThat(Wcag.ratio(Color.web("#777777"), Color.WHITE)).isLessThan(Wcag.TEXT);
    }

    @Test
    void aTranslucentColourIsLaidOverWhatIsBelow() {
        Color halfBlack = Color.color(0, 0, 0, 0.5);
        assertThat(Wcag.hex(Wcag.over(halfBlack, Color.WHITE))).isEqualTo("#808080");
    }

    @Test
    void largeTextIsEighteenPointSixSixPixelsBoldOrTwentyFour() {
        assertThat(Wcag.minimumFor(14, true)).isEqualTo(Wcag.TEXT);
        assertThat(Wcag.minimumFor(19, false)).isEqualTo(Wcag.TEXT);
        assertThat(Wcag.minimumFor(19, true)).isEqualTo(Wcag.LARGE_TEXT);
        assertThat(Wcag.minimumFor(24, false)).isEqualTo(Wcag.LARGE_TEXT);
    }
}
