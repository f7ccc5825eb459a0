package com.roamvault.device.ui.endstate;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.error.DeviceException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndStatesTest {

    @Test
    void anAccountLockoutSaysHowLongItLasts() {
        EndState state = EndStates.of(DeviceException.fromServer("account_locked", "locked", List.of(), 900L),
                Optional.empty());
        assertThat(state.kind()).isEqualTo(EndState.Kind.LOCKED_OUT);
        assertThat(state.message()).contains("Try again in 15 min (until ");
    }

    @Test
    void withoutTheServersWaitItSaysSoPlainly() {
        EndState state = EndStates.of(DeviceException.fromServer("account_locked", "locked"), Optional.empty());
        assertThat(state.message()).contains("once the lockout period has passed");
    }
}
