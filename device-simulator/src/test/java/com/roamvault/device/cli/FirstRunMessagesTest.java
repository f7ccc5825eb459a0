package com.roamvault.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the phone simulator says where no window can open (the check itself is the launcher module's). */
class FirstRunMessagesTest {

    @Test
    void noDisplayPointsAtTheHeadlessScenarioRunner() {
        assertThat(DisplayCheck.NO_DISPLAY).startsWith("no display:").contains("roamvault-device.jar run");
    }
}
