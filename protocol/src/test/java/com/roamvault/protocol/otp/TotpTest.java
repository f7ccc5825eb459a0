package com.roamvault.protocol.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    /** Base32 of the ASCII "1234567890", a whole 10-byte block, so the RFC seeds are its repeats. */
    private static final String TEN = "GEZDGNBVGY3TQOJQ";
    private static final String SHA1_SEED = TEN.repeat(2);
    private static final String SHA256_SEED = TEN.repeat(3) + "GEZA====";
    private static final String SHA512_SEED = TEN.repeat(6) + "GEZDGNA=";

    @ParameterizedTest(name = "{1} at {0}s is {2}")
    @CsvSource({
        "59, SHA1, 94287082", "59, SHA256, 46119246", "59, SHA512, 90693936",
        "1111111109, SHA1, 07081804", "1111111109, SHA256, 68084774", "1111111109, SHA512, 25091201",
        "1111111111, SHA1, 14050471", "1111111111, SHA256, 67062674", "1111111111, SHA512, 99943326",
        "1234567890, SHA1, 89005924", "1234567890, SHA256, 91819424", "1234567890, SHA512, 93441116",
        "2000000000, SHA1, 69279037", "2000000000, SHA256, 90698825", "2000000000, SHA512, 38618901",
        "20000000000, SHA1, 65353130", "20000000000, SHA256, 77737706", "20000000000, SHA512, 47863826"})
    void givesTheCodesOfRfc6238AppendixB(long epochSecond, OtpAlgorithm algorithm, String code) {
        assertThat(Totp.code(rfcKey(algorithm, 8), Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
    }

    @Test
    void theRfcSeedsDecodeToTheirPublishedBytes() {
        assertThat(rfcKey(OtpAlgorithm.SHA1, 8).secret())
                .isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(rfcKey(OtpAlgorithm.SHA256, 8).secret())
                .isEqualTo("12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII));
        assertThat(rfcKey(OtpAlgorithm.SHA512, 8).secret()).isEqualTo(
                "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsZeroPadded() {
        assertThat(Totp.code(rfcKey(OtpAlgorithm.SHA1, 6), Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(rfcKey(OtpAlgorithm.SHA1, 6), Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(rfcKey(OtpAlgorithm.SHA1, 7), Instant.ofEpochSecond(1111111109))).isEqualTo("7081804");
    }

    @Test
    void theDefaultKeyOfAGoogleAuthenticatorUriGivesSixDigits() {
        OtpUri uri = OtpUri.parse("otpauth://totp/Example:alice@google.com?secret=" + SHA1_SEED + "&issuer=Example");
        assertThat(Totp.code(uri, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void secondsLeftCountsDownToThePeriodBoundary() {
        OtpUri uri = rfcKey(OtpAlgorithm.SHA1, 6);
        assertThat(Totp.secondsLeft(uri, Instant.ofEpochSecond(0))).isEqualTo(30);
        assertThat(Totp.secondsLeft(uri, Instant.ofEpochSecond(1))).isEqualTo(29);
        assertThat(Totp.secondsLeft(uri, Instant.ofEpochSecond(29))).isEqualTo(1);
        assertThat(Totp.secondsLeft(uri, Instant.ofEpochSecond(29, 999_999_999))).isEqualTo(1);
        assertThat(Totp.secondsLeft(uri, Instant.ofEpochSecond(30))).isEqualTo(30);
        assertThat(Totp.secondsLeft(uri, Instant.ofEpochSecond(59))).isEqualTo(1);
        OtpUri minute = OtpUri.parse("otpauth://totp/x?secret=" + SHA1_SEED + "&period=60");
        assertThat(Totp.secondsLeft(minute, Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.secondsLeft(minute, Instant.ofEpochSecond(60))).isEqualTo(60);
    }

    @Test
    void theCodeChangesExactlyWhenSecondsLeftSaysItWill() {
        OtpUri uri = rfcKey(OtpAlgorithm.SHA256, 8);
        Instant at = Instant.ofEpochSecond(1111111109);
        int left = Totp.secondsLeft(uri, at);
        assertThat(left).isEqualTo(1);
        assertThat(Totp.code(uri, at.plusSeconds(left).minusNanos(1))).isEqualTo(Totp.code(uri, at));
        assertThat(Totp.code(uri, at.plusSeconds(left))).isEqualTo("67062674");
        assertThat(Totp.secondsLeft(uri, at.plusSeconds(left))).isEqualTo(30);
    }

    private static OtpUri rfcKey(OtpAlgorithm algorithm, int digits) {
        String seed = switch (algorithm) {
            case SHA1 -> SHA1_SEED;
            case SHA256 -> SHA256_SEED;
            case SHA512 -> SHA512_SEED;
        };
        return OtpUri.parse("otpauth://totp/RFC6238?secret=" + seed.replace("=", "%3D") + "&algorithm=" + algorithm
                + "&digits=" + digits);
    }
}
