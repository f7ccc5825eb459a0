package com.roamvault.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.RoamvaultClientException.Kind;
import com.roamvault.console.ClientFailures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words the administrator reads for each of the shared client's failures (the code stays visible). */
class ConsoleErrorsTest {
    @Test
    void aKeyThatIsNotThePinnedOneWarnsThatNothingWasSent() {
        assertThat(ConsoleErrors.describe(RoamvaultClientException.local(Kind.PIN_MISMATCH,
                RoamvaultClientException.PIN_MISMATCH, "client words"))).isEqualTo("The server's key does not match "
                + "the pin. This may not be your server, or the pin is wrong. Nothing was sent.  (pin_mismatch)");
    }

    @Test
    void anUnreachableOrSilentServerCannotBeReached() {
        String unreachable = "The server cannot be reached. Check the address and that the server is running.  "
                + "(network_unavailable)";
        assertThat(ConsoleErrors.describe(ClientFailures.unreachable("Connection refused"))).isEqualTo(unreachable);
        assertThat(ConsoleErrors.describe(RoamvaultClientException.local(Kind.TIMEOUT, RoamvaultClientException.TIMEOUT,
                "The server did not answer in time"))).isEqualTo(unreachable);
    }

    @Test
    void malformedAddressAndPinSayWhatTheyMustLookLike() {
        assertThat(ConsoleErrors.describe(RoamvaultClientException.local(Kind.INVALID_ARGUMENT,
                RoamvaultClientException.INVALID_SERVER, "x")))
                .isEqualTo("The server address must start with https://.  (invalid_server)");
        assertThat(ConsoleErrors.describe(RoamvaultClientException.local(Kind.INVALID_ARGUMENT,
                RoamvaultClientException.INVALID_PIN, "x"))).isEqualTo("The pin must look like sha256/ followed by "
                + "44 base64 characters, as the server prints it.  (invalid_pin)");
    }

    @Test
    void anExpiredSessionAndWrongCredentialsAreToldApart() {
        assertThat(ConsoleErrors.describe(ClientFailures.api("unauthorized", 401, "Token expired")))
                .isEqualTo("The session expired. Connect again.  (unauthorized)");
        assertThat(ConsoleErrors.describe(ClientFailures.api("invalid_credentials", 401, "Invalid credentials")))
                .isEqualTo("Wrong username or password.  (invalid_credentials)");
    }

    @Test
    void rateLimitAndLockoutSayHowLongToWait() {
        assertThat(ConsoleErrors.describe(new RoamvaultClientException(Kind.API, "rate_limited", 429, "Slow down",
                299L, null, null))).isEqualTo("Too many failed logins from this address. Try again in 4 min 59 s.  "
                + "(rate_limited)");
        assertThat(ConsoleErrors.describe(new RoamvaultClientException(Kind.API, "account_locked", 423, "Locked",
                60L, null, null)))
                .isEqualTo("The account is locked after repeated failed logins. Try again in 1 min.  (account_locked)");
    }

    @Test
    void fieldErrorsSayTheValuesAreNotValidAndUnknownCodesShowTheServersMessage() {
        assertThat(ConsoleErrors.describe(ClientFailures.api("validation_failed", 422, "Invalid",
                Map.of("offlineCacheDays", "must be 0..365")))).isEqualTo("Some values are not valid.  "
                + "(validation_failed)");
        assertThat(ConsoleErrors.describe(ClientFailures.api("internal_error", 500, "The server failed")))
                .isEqualTo("The server failed  (internal_error)");
    }

    @Test
    void aFailureOutsideAnyCallIsUnexpected() {
        assertThat(ConsoleErrors.describe(new IllegalStateException("boom"))).isEqualTo("Something went wrong: boom");
    }
}
