package com.roamvault.console.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerTextsTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    @Test
    void uptimeReadsInItsLargestTwoUnits() {
        assertThat(ServerTexts.uptime(0)).isEqualTo("0 s");
        assertThat(ServerTexts.uptime(40)).isEqualTo("40 s");
        assertThat(ServerTexts.uptime(12 * 60 + 59)).isEqualTo("12 min");
        assertThat(ServerTexts.uptime(2 * 3600 + 5 * 60)).isEqualTo("2 h 5 min");
        assertThat(ServerTexts.uptime(3 * 86_400 + 4 * 3600 + 59)).isEqualTo("3 d 4 h");
    }

    @Test
    void aContactReadsAsHowLongAgo() {
        assertThat(ServerTexts.ago(NOW.plusSeconds(3), NOW)).isEqualTo("just now"); // the core's clock a little ahead
        assertThat(ServerTexts.ago(NOW.minusSeconds(40), NOW)).isEqualTo("40 s ago");
        assertThat(ServerTexts.ago(NOW.minusSeconds(12 * 60), NOW)).isEqualTo("12 min ago");
        assertThat(ServerTexts.ago(NOW.minusSeconds(3 * 3600 + 59 * 60), NOW)).isEqualTo("3 h ago");
        assertThat(ServerTexts.ago(NOW.minusSeconds(2 * 86_400), NOW)).isEqualTo("2 d ago");
    }

    @Test
    void bothTopologiesHaveANameAndASentence() {
        assertThat(ServerTexts.topology("all-in-one")).isEqualTo("All-in-one");
        assertThat(ServerTexts.explained("all-in-one")).endsWith("keeps the database.");
        assertThat(ServerTexts.topology("dmz-core")).isEqualTo("DMZ (this is the core)");
        assertThat(ServerTexts.explained("dmz-core")).contains("mutual TLS");
        assertThat(ServerTexts.topology("something-new")).isEqualTo("something-new");
    }
}
