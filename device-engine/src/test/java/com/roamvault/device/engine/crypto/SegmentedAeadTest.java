package com.roamvault.device.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentedAeadTest {
    private static final int SEG = SegmentedAead.SEGMENT_BYTES;
    private static final int SEALED_SEG = SEG + Aead.TAG_BYTES;
    private static final byte[] AAD = "header".getBytes(StandardCharsets.UTF_8);
    private final SecretKey key = DataKey.generate().secretKey();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SEG - 1, SEG, SEG + 1, 3 * SEG, 3 * SEG + 17})
    void roundTripsEverySize(int size) {
        byte[] plain = random(size);
        byte[] sealed = SegmentedAead.seal(key, plain, AAD);
        assertThat(SegmentedAead.open(key, sealed, 0, sealed.length, AAD)).isEqualTo(plain);
    }

    @Test
    void opensAtAnOffsetInsideALargerBuffer() {
        byte[] plain = random(SEG + 5);
        byte[] sealed = SegmentedAead.seal(key, plain, AAD);
        byte[] buffer = new byte[sealed.length + 20];
        System.arraycopy(sealed, 0, buffer, 7, sealed.length);
        assertThat(SegmentedAead.open(key, buffer, 7, sealed.length, AAD)).isEqualTo(plain);
    }

    @Test
    void droppingTheLastSegmentIsDetected() {
        byte[] sealed = SegmentedAead.seal(key, random(2 * SEG + 100), AAD);
        byte[] cut = Arrays.copyOf(sealed, SegmentedAead.PREFIX_BYTES + 2 * SEALED_SEG);
        assertThatThrownBy(() -> SegmentedAead.open(key, cut, 0, cut.length, AAD))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void swappingTwoSegmentsIsDetected() {
        byte[] sealed = SegmentedAead.seal(key, random(3 * SEG), AAD);
        byte[] swapped = sealed.clone();
        int first = SegmentedAead.PREFIX_BYTES;
        System.arraycopy(sealed, first + SEALED_SEG, swapped, first, SEALED_SEG);
        System.arraycopy(sealed, first, swapped, first + SEALED_SEG, SEALED_SEG);
        assertThatThrownBy(() -> SegmentedAead.open(key, swapped, 0, swapped.length, AAD))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aFlippedByteOrOtherAssociatedDataIsDetected() {
        byte[] sealed = SegmentedAead.seal(key, random(SEG + 10), AAD);
        for (int at : new int[] {0, SegmentedAead.PREFIX_BYTES + 3, SegmentedAead.PREFIX_BYTES + SEG + 20,
                sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 1;
            assertThatThrownBy(() -> SegmentedAead.open(key, changed, 0, changed.length, AAD))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThatThrownBy(() -> SegmentedAead.open(key, sealed, 0, sealed.length, "other".getBytes()))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void tooShortInputIsRejectedNotMisread() {
        assertThatThrownBy(() -> SegmentedAead.open(key, new byte[10], 0, 10, AAD))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
