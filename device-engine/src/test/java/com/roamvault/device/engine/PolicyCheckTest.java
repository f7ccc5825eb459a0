package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.policy.MobilePolicy;
import org.junit.jupiter.api.Test;

/** The phone obeys only a policy whose every value the catalogue allows. */
class PolicyCheckTest {

    @Test
    void theDefaultsAndTheCataloguesEdgesAreObeyed() {
        assertThatCode(() -> PolicyCheck.requireValid(MobilePolicy.DEFAULTS)).doesNotThrowAnyException();
        assertThatCode(() -> PolicyCheck.requireValid(new MobilePolicy(true, 365, 364, false, 128, 4, 100, 1440, 600, "online")))
                .doesNotThrowAnyException();
        assertThatCode(() -> PolicyCheck.requireValid(new MobilePolicy(false, 0, 0, true, 8, 0, 0, 1, 5, "online")))
                .doesNotThrowAnyException();
    }

    @Test
    void aValueOutsideTheCatalogueIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> PolicyCheck.requireValid(new MobilePolicy(true, 10_000, 0, true, 12, 3, 10, 5, 30, "online")))
                .isInstanceOf(DeviceException.class).hasMessageContaining("offlineCacheDays must be 0..365 days");
        assertThatThrownBy(() -> PolicyCheck.requireValid(new MobilePolicy(true, 14, 0, true, 12, 3, 10, 0, 30, "online")))
                .isInstanceOf(DeviceException.class).hasMessageContaining("autoLockMinutes");
        assertThatThrownBy(() -> PolicyCheck.requireValid(null)).isInstanceOf(DeviceException.class)
                .hasMessageContaining("no policy");
    }
}
