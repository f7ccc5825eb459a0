package com.roamvault.protocol.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class OtpUriTest {
    private static final String SECRET = "JBSWY3DPEHPK3PXP";
    private static final byte[] SECRET_BYTES = {'H', 'e', 'l', 'l', 'o', '!', (byte) 0xde, (byte) 0xad, (byte) 0xbe,
        (byte) 0xef};

    @Test
    void readsGoogleAuthenticatorsExampleWithItsDefaults() {
        OtpUri uri = OtpUri.parse("otpauth://totp/Example:alice@google.com?secret=" + SECRET + "&issuer=Example");
        assertThat(uri.label()).isEqualTo("Example:alice@google.com");
        assertThat(uri.issuer()).isEqualTo("Example");
        assertThat(uri.account()).isEqualTo("alice@google.com");
        assertThat(uri.algorithm()).isEqualTo(OtpAlgorithm.SHA1);
        assertThat(uri.algorithm().macName()).isEqualTo("HmacSHA1");
        assertThat(uri.digits()).isEqualTo(6);
        assertThat(uri.periodSeconds()).isEqualTo(30);
        assertThat(uri.secret()).isEqualTo(SECRET_BYTES);
    }

    @Test
    void acceptsALowercaseUnpaddedSpacedSecretAndEveryParameter() {
        OtpUri uri = OtpUri.parse("  otpauth://TOTP/ACME%20Co:john.doe%40email.com?secret=jbsw y3dp%20ehpk3pxp"
                + "&issuer=ACME+Co&algorithm=sha512&digits=8&period=60  ");
        assertThat(uri.label()).isEqualTo("ACME Co:john.doe@email.com");
        assertThat(uri.issuer()).isEqualTo("ACME Co");
        assertThat(uri.algorithm()).isEqualTo(OtpAlgorithm.SHA512);
        assertThat(uri.algorithm().macName()).isEqualTo("HmacSHA512");
        assertThat(uri.digits()).isEqualTo(8);
        assertThat(uri.periodSeconds()).isEqualTo(60);
        assertThat(uri.secret()).isEqualTo(SECRET_BYTES);
    }

    @Test
    void takesTheIssuerFromTheLabelWhenNoParameterNamesIt() {
        OtpUri uri = OtpUri.parse("otpauth://totp/GitHub:octocat?secret=" + SECRET + "&algorithm=SHA256");
        assertThat(uri.issuer()).isEqualTo("GitHub");
        assertThat(uri.account()).isEqualTo("octocat");
        assertThat(uri.algorithm().macName()).isEqualTo("HmacSHA256");
    }

    @Test
    void aLabelWithoutIssuerLeavesTheIssuerUnknown() {
        OtpUri plain = OtpUri.parse("otpauth://totp/alice?secret=" + SECRET);
        assertThat(plain.issuer()).isNull();
        assertThat(plain.account()).isEqualTo("alice");
        OtpUri unlabelled = OtpUri.parse("otpauth://totp/?secret=" + SECRET + "&issuer=");
        assertThat(unlabelled.label()).isEmpty();
        assertThat(unlabelled.issuer()).isNull();
        assertThat(OtpUri.parse("otpauth://totp/GitHub:x?secret=" + SECRET + "&issuer=").issuer()).isEqualTo("GitHub");
    }

    @Test
    void aPlusInTheLabelIsKeptAsWritten() {
        assertThat(OtpUri.parse("otpauth://totp/Shop:al+ice?secret=" + SECRET).account()).isEqualTo("al+ice");
    }

    @Test
    void paddedSecretsAndUnknownParametersAreAccepted() {
        OtpUri uri = OtpUri.parse("otpauth://totp/x?secret=MZXW6YQ%3D&image=https%3A%2F%2Fx%2Fa.png&counter=3");
        assertThat(uri.secret()).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void neitherToStringNorTheSecretAccessorExposeTheKey() {
        OtpUri uri = OtpUri.parse("otpauth://totp/Example:alice?secret=" + SECRET + "&issuer=Example");
        assertThat(uri.toString()).contains("Example:alice", "SHA1").doesNotContainIgnoringCase(SECRET)
                .doesNotContain("Hello");
        uri.secret()[0] = 0;
        assertThat(uri.secret()).isEqualTo(SECRET_BYTES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "https://example.com/?secret=JBSWY3DPEHPK3PXP | the OTP URI must start with otpauth://totp/",
        "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=1 | "
                + "counter-based (HOTP) codes are not supported, only time-based (TOTP)",
        "otpauth://steam/x?secret=JBSWY3DPEHPK3PXP | the OTP URI must start with otpauth://totp/",
        "otpauth://totp?secret=JBSWY3DPEHPK3PXP | the OTP URI must start with otpauth://totp/",
        "otpauth://totp/x | secret is missing",
        "otpauth://totp/x?issuer=JBSWY3DPEHPK3PXP | secret is missing",
        "otpauth://totp/x?secret= | secret is empty",
        "otpauth://totp/x?secret=%3D%3D | secret is empty",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PX1 | secret is not base32 (letters A to Z and digits 2 to 7)",
        "otpauth://totp/x?secret=JBSWY3DPE | secret is not base32 (letters A to Z and digits 2 to 7)",
        "otpauth://totp/x?secret=JBSW=Y3DPEHPK3PXP | secret is not base32 (letters A to Z and digits 2 to 7)",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&secret=JBSWY3DPEHPK3PXP | the OTP URI gives the secret twice",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=5 | digits must be 6 to 8",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=9 | digits must be 6 to 8",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=six | digits must be 6 to 8",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits= | digits must be 6 to 8",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0 | period must be 1 to 300 seconds",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=301 | period must be 1 to 300 seconds",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=-30 | period must be 1 to 300 seconds",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=99999999999 | period must be 1 to 300 seconds",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5 | algorithm must be SHA1, SHA256 or SHA512",
        "otpauth://totp/a%ZZ?secret=JBSWY3DPEHPK3PXP | the OTP URI has a malformed %-escape",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PX%ZZ | the OTP URI has a malformed %-escape"})
    void eachMalformedUriIsRefusedWithItsProblemAndNeverTheSecret(String uri, String problem) {
        assertThatThrownBy(() -> OtpUri.parse(uri)).isInstanceOf(InvalidOtpUriException.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessage(problem)
                .message().doesNotContainIgnoringCase("JBSWY3DP").doesNotContainIgnoringCase("PK3PX");
        assertThat(OtpUri.problem(uri)).isEqualTo(problem);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyUriIsRefused(String uri) {
        assertThat(OtpUri.problem(uri)).isEqualTo("the OTP URI is empty");
        assertThat(OtpUri.problem("   ")).isEqualTo("the OTP URI is empty");
    }

    @Test
    void aValidUriHasNoProblem() {
        assertThat(OtpUri.problem("otpauth://totp/Example:alice?secret=" + SECRET.toLowerCase())).isNull();
        assertThat(OtpUri.problem("otpauth://totp/x?secret=" + SECRET + "&digits=7&period=300")).isNull();
        assertThat(OtpUri.problem("otpauth://totp/x?secret=" + SECRET + "&period=1")).isNull();
    }
}
