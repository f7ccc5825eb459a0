package com.roamvault.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.server.http.ApiException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncCursorTest {
    private static final byte[] KEY = "a key only the server knows, 32b".getBytes();

    @Test
    void roundTripsDeviceRevisionAndSortedLists() {
        String device = UUID.randomUUID().toString();
        SyncCursor cursor = new SyncCursor(device, 123_456_789_012L, List.of(900L, 3L, 70_000L, 3L, 128L));

        SyncCursor read = SyncCursor.decode(cursor.encode(KEY), KEY);

        assertThat(read.deviceId()).isEqualTo(device);
        assertThat(read.revision()).isEqualTo(123_456_789_012L);
        assertThat(read.listIds()).containsExactly(3L, 128L, 900L, 70_000L);
    }

    @Test
    void staysShortEnoughForAQueryStringWithAThousandLists() {
        List<Long> lists = new ArrayList<>();
        for (long id = 1; id <= 1000; id++) {
            lists.add(id * 3);
        }
        assertThat(new SyncCursor(UUID.randomUUID().toString(), 1, lists).encode(KEY)).hasSizeLessThan(2000);
    }

    @Test
    void everyAlteredByteAndAnotherKeyAreRefused() {
        String text = new SyncCursor(UUID.randomUUID().toString(), 42, List.of(1L, 2L, 5L)).encode(KEY);
        byte[] raw = Base64.getUrlDecoder().decode(text);
        for (int i = 0; i < raw.length; i++) {
            byte[] altered = raw.clone();
            altered[i] ^= 0x01;
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> SyncCursor.decode(forged, KEY)).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST));
        }
        assertThatThrownBy(() -> SyncCursor.decode(text, "another server's key, 32 bytes!!".getBytes()))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SyncCursor.decode("", KEY)).isInstanceOf(ApiException.class);
    }
}
