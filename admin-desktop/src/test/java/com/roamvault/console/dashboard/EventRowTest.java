package com.roamvault.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventRowTest {
    private static AuditEvent event(String action, String origin, Instant occurred, Instant received) {
        return new AuditEvent(1, "id", occurred, received, "CORP\\jsmith", "dev", "MobileApp", action, "success",
                null, null, null, origin, "127.0.0.1", null, "hash", null);
    }

    @Test
    void anOfflineEventIsMarkedAndSaysWhenItReachedTheServer() {
        EventRow row = EventRow.of(event("PASSWORD_REVEALED", "offline", Instant.parse("2026-03-12T08:15:00Z"),
                Instant.parse("2026-03-13T09:00:00Z")), ZoneOffset.UTC);

        assertThat(row.offline()).isTrue();
        assertThat(row.origin()).isEqualTo("offline");
        assertThat(row.time()).isEqualTo("Mar 12 08:15");
        assertThat(row.action()).isEqualTo("Password revealed");
        assertThat(row.uploaded()).contains("Mar 13 09:00");
    }

    @Test
    void anOnlineEventIsPlain() {
        EventRow row = EventRow.of(event("LOGIN_SUCCEEDED", "online", Instant.parse("2026-03-12T08:15:00Z"),
                Instant.parse("2026-03-12T08:15:00Z")), ZoneOffset.ofHours(2));

        assertThat(row.offline()).isFalse();
        assertThat(row.origin()).isEqualTo("online");
        assertThat(row.time()).isEqualTo("Mar 12 10:15");
        assertThat(row.action()).isEqualTo("Login succeeded");
        assertThat(row.uploaded()).isEmpty();
    }
}
