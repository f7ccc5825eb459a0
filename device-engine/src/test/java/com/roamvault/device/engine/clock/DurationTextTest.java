package com.roamvault.device.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @Test
    void readsTheScenarioForms() {
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationText.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(DurationText.parse("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(DurationText.parse("-2d")).isEqualTo(Duration.ofDays(-2));
        assertThat(DurationText.parse("+1h")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse(" 5m ")).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "d", "3 d", "3w", "1.5h", "3D", "--2d", "3d2h", "9999999999d"})
    void rejectsOtherTextNamingTheExpectedForm(String text) {
        assertThatThrownBy(() -> DurationText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("30s, 15m, 12h, 3d");
    }

    @Test
    void rejectsNothingWithTheSameHelp() {
        assertThatThrownBy(() -> DurationText.parse(null)).hasMessageContaining("e.g. 30s");
    }

    @Property(tries = 200)
    void formatReadsBack(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        assertThat(DurationText.parse(DurationText.format(d))).isEqualTo(d);
    }
}
