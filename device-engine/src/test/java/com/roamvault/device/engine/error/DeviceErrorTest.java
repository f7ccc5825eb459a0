package com.roamvault.device.engine.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceErrorTest {
    /** SCENARIOS.md, "Error codes". */
    private static final List<String> PHONE = List.of("pin_mismatch", "network_unavailable", "wrong_master_password",
            "weak_password", "cache_locked", "biometric_no_match", "biometric_lockout", "biometric_lockout_permanent",
            "biometric_not_allowed", "biometric_invalidated", "cache_expired", "cache_locked_offline_limit",
            "cache_tampered", "clock_tampered", "not_logged_in", "no_cache", "lease_invalid", "edit_not_allowed");
    private static final List<String> SERVER = List.of("invalid_credentials", "account_locked", "rate_limited",
            "mobile_access_disabled", "device_revoked", "edit_conflict", "forbidden");

    @Test
    void everyDocumentedCodeHasAConstant() {
        assertThat(Arrays.stream(DeviceError.values()).filter(e -> !e.fromServer()).map(DeviceError::code))
                .containsExactlyInAnyOrderElementsOf(PHONE);
        assertThat(Arrays.stream(DeviceError.values()).filter(DeviceError::fromServer).map(DeviceError::code))
                .containsExactlyInAnyOrderElementsOf(SERVER);
    }

    @Test
    void serverCodesPassThroughEvenUnknownOnes() {
        DeviceException known = DeviceException.fromServer("account_locked", "locked for 15 minutes");
        assertThat(known.code()).isEqualTo("account_locked");
        assertThat(known.error()).contains(DeviceError.ACCOUNT_LOCKED);
        assertThat(known.is(DeviceError.ACCOUNT_LOCKED)).isTrue();

        DeviceException unknown = DeviceException.fromServer("bad_request", "no");
        assertThat(unknown.code()).isEqualTo("bad_request");
        assertThat(unknown.error()).isEmpty();
    }

    @Test
    void aPhoneErrorCarriesItsCode() {
        DeviceException e = new DeviceException(DeviceError.CACHE_EXPIRED, "the cache expired");
        assertThat(e.code()).isEqualTo("cache_expired");
        assertThat(e).hasMessage("the cache expired");
    }
}
