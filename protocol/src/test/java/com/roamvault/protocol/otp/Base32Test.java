package com.roamvault.protocol.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {
    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource({"f, MY======", "fo, MZXQ====", "foo, MZXW6===", "foob, MZXW6YQ=", "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI======"})
    void decodesTheVectorsOfRfc4648WithOrWithoutPaddingInAnyCase(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.decodeOrNull(encoded)).isEqualTo(bytes);
        assertThat(Base32.decodeOrNull(encoded.replace("=", ""))).isEqualTo(bytes);
        assertThat(Base32.decodeOrNull(encoded.toLowerCase())).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW6YT0", "MZXW6YT1", "MZXW6YT8", "MZXW-6YTB", "M", "MZX", "MZXW6Y", "MZ=XQ"})
    void refusesWhatNoBase32EncoderWrites(String text) {
        assertThat(Base32.decodeOrNull(text)).isNull();
    }
}
