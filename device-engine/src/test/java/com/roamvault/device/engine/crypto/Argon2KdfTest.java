package com.roamvault.device.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Argon2KdfTest {

    @Test
    void theDefaultsAreDesignMdsAndTheFloorIsOwasps() {
        assertThat(new Argon2Kdf().params()).isEqualTo(new KdfParams(65536, 3, 4));
        assertThat(KdfParams.DEFAULT).isEqualTo(new KdfParams(64 * 1024, 3, 4));
        assertThat(KdfParams.OWASP_MINIMUM).isEqualTo(new KdfParams(19 * 1024, 2, 1));
        assertThat(new Argon2Kdf(KdfParams.OWASP_MINIMUM).params()).isEqualTo(KdfParams.OWASP_MINIMUM);
    }

    @ParameterizedTest
    @CsvSource({"19455, 2, 1", "19456, 1, 1", "19456, 2, 0", "1024, 1, 1"})
    void parametersBelowOwaspsMinimumAreRejected(int memoryKiB, int iterations, int parallelism) {
        assertThatThrownBy(() -> new Argon2Kdf(new KdfParams(memoryKiB, iterations, parallelism)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below the minimum");
    }

    @Test
    void absurdParametersAreRejectedToo() {
        assertThatThrownBy(() -> new Argon2Kdf(new KdfParams(4 * 1024 * 1024, 3, 4)))
                .hasMessageContaining("exceed");
    }

    @Test
    void aProductionKdfRefusesParametersATestKdfAllowed() {
        KdfParams weak = new KdfParams(256, 1, 1);
        Argon2Kdf forTests = Argon2Kdf.insecureForTests(weak);
        forTests.requireAcceptable(weak);
        assertThatThrownBy(() -> new Argon2Kdf().requireAcceptable(weak)).hasMessageContaining("below the minimum");
    }

    /** phc-winner-argon2 src/test.c: proves this is Argon2id v1.3 (Bouncy Castle's builder default is Argon2i). */
    @Test
    void matchesTheReferenceArgon2idVector() {
        byte[] salt = "somesalt".getBytes(StandardCharsets.US_ASCII);
        KdfParams reference = new KdfParams(65536, 2, 1);
        Argon2Kdf.Derivation d = new Argon2Kdf(reference).derive("password".toCharArray(), salt, reference);
        assertThat(HexFormat.of().formatHex(d.key().getEncoded()))
                .isEqualTo("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    }

    @Test
    void derivationIsDeterministicPerPasswordAndSaltAndIsTimed() {
        Argon2Kdf kdf = Argon2Kdf.insecureForTests(new KdfParams(256, 1, 1));
        byte[] salt = kdf.newSalt();
        Argon2Kdf.Derivation a = kdf.derive("orbit-lantern".toCharArray(), salt, kdf.params());
        Argon2Kdf.Derivation b = kdf.derive("orbit-lantern".toCharArray(), salt, kdf.params());
        Argon2Kdf.Derivation c = kdf.derive("orbit-lanterm".toCharArray(), salt, kdf.params());
        assertThat(a.key().getEncoded()).hasSize(32).isEqualTo(b.key().getEncoded());
        assertThat(c.key().getEncoded()).isNotEqualTo(a.key().getEncoded());
        assertThat(a.took()).isPositive();
        assertThat(a.toString()).doesNotContain(Arrays.toString(a.key().getEncoded()));
    }
}
