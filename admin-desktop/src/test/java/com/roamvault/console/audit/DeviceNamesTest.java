package com.roamvault.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row names its device as the Devices list does; an id the list lacks shows shortened. */
class DeviceNamesTest {
    private static final String KNOWN = "6f1c2a9e-0b7d-4c1e-9a55-3d2f8e7b6a01";
    private static final String GONE = "d41d8cd9-8f00-4b20-9e98-00998ecf8427";

    @Test
    void aKnownDeviceShowsItsNameAnUnknownOneTheStartOfItsId() {
        DeviceNames names = new DeviceNames();
        names.replace(Map.of(KNOWN, "Pixel 8 (Alice)"));

        assertThat(AuditRow.of(event(KNOWN), ZoneOffset.UTC, names).device()).isEqualTo("Pixel 8 (Alice)");
        assertThat(AuditRow.of(event(GONE), ZoneOffset.UTC, names).device()).isEqualTo("d41d8cd9…");
        assertThat(AuditRow.of(event(null), ZoneOffset.UTC, names).device()).isEqualTo("—");
    }

    @Test
    void aPageNamingAPhoneTheListLacksAsksForTheNamesAgain() {
        Map<String, String> known = Map.of(KNOWN, "Pixel 8 (Alice)");

        assertThat(DeviceNames.missingAny(known, List.of(event(KNOWN), event(null)))).isFalse();
        assertThat(DeviceNames.missingAny(known, List.of(event(KNOWN), event(GONE)))).isTrue();
    }

    private static AuditEvent event(String deviceId) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        return new AuditEvent(1, "id", at, at, "CORP\\amorgan", deviceId, "MobileApp", "RECORD_VIEWED", "success",
                null, null, null, "online", null, null, "hash", null);
    }
}
