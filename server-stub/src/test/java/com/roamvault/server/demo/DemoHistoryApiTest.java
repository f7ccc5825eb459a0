package com.roamvault.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's audit history is a month of days, in time order, and its hash chain verifies. */
class DemoHistoryApiTest {
    private static TestServer server;
    private static Instant started;
    private static List<long[]> events;

    @BeforeAll
    static void start() {
        started = Instant.now();
        server = TestServer.start(TestServer.config(TestServer.tempDir()).withDemo(true));
        events = server.server().wiring().db().read(sql -> sql.query(
                "SELECT seq, occurred_at, received_at FROM audit_events ORDER BY seq",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theHistorySpansMostDaysOfTheLastMonth() {
        Set<LocalDate> days = events.stream()
                .map(e -> Instant.ofEpochMilli(e[1]).atZone(ZoneOffset.UTC).toLocalDate())
                .collect(Collectors.toSet());

        assertThat(days).hasSizeGreaterThanOrEqualTo(20);
        assertThat(events).allSatisfy(e -> assertThat(Instant.ofEpochMilli(e[1]))
                .isAfter(started.minus(Duration.ofDays(30))).isBeforeOrEqualTo(Instant.now()));
        // the seeded month lies wholly before the server started (what came after is the boot's own)
        assertThat(events.stream().filter(e -> e[1] < started.toEpochMilli()).count()).isGreaterThan(300);
    }

    @Test
    void eventsAreInTimeOrderAndWereReceivedWhenTheyOccurred() {
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i)[1]).as("seq %d", events.get(i)[0]).isGreaterThanOrEqualTo(events.get(i - 1)[1]);
        }
        // online server events: received the moment they occurred, not "uploaded 29 d later"
        assertThat(events).allSatisfy(e -> assertThat(e[2]).isEqualTo(e[1]));
    }

    @Test
    void theChainVerifiesToTheLastEvent() {
        Http.Reply reply = server.admin().get("/api/admin/v1/audit/verify");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        AuditVerifyResult result = reply.as(AuditVerifyResult.class);
        assertThat(result.ok()).isTrue();
        assertThat(result.checked()).isEqualTo(events.size());
    }

    @Test
    void theDashboardChartHasABarOnMostDays() {
        Stats stats = server.admin().get("/api/admin/v1/stats").as(Stats.class);

        assertThat(stats.eventsPerDay().stream().filter(d -> d.count() > 0).count()).isGreaterThanOrEqualTo(20);
    }
}
