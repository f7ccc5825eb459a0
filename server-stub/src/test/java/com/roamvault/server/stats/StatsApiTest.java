package com.roamvault.server.stats;

import static com.roamvault.server.support.AuditEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AuditEvents;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatsApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        ctx = server.server().wiring();
    }

    static Stats stats() {
        Http.Reply reply = server.admin().get("/api/admin/v1/stats");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.as(Stats.class);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void device(long userId, Instant leaseExpires, Instant revoked) {
        ctx.db().txRun(sql -> sql.update("INSERT INTO devices (id, user_id, device_name, platform, registered_at, "
                        + "last_sync_at, lease_expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), userId, "Pixel (test)", "android", ctx.clock().millis(),
                ctx.clock().millis(), leaseExpires == null ? null : leaseExpires.toEpochMilli(),
                revoked == null ? null : revoked.toEpochMilli()));
    }

    static long count(Stats stats, LocalDate day) {
        return stats.eventsPerDay().stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow().count();
    }

    @Test
    void devicesCountActiveLeasesAndThoseExpiringWithin48Hours() {
        Stats before = stats();
        long user = new Fixtures(server).user(unique("phone-owner"), null);
        Instant now = AuditEvents.now(server);
        device(user, now.plus(Duration.ofDays(10)), null);     // active
        device(user, now.plus(Duration.ofHours(20)), null);    // active, expiring soon
        device(user, now.plus(Duration.ofHours(47)), null);    // active, expiring soon
        device(user, now.plus(Duration.ofHours(20)), now);     // revoked: neither
        device(user, now.minus(Duration.ofHours(1)), null);    // lease over: neither
        device(user, null, null);                              // never synced: neither

        Stats after = stats();

        assertThat(after.devicesActive()).isEqualTo(before.devicesActive() + 3);
        assertThat(after.cachesExpiringWithin48h()).isEqualTo(before.cachesExpiringWithin48h() + 2);
    }

    @Test
    void failedLoginsAndALockedAccountMoveTheCounters() {
        String name = unique("CORP\\locked");
        new Fixtures(server).user(name, "the-right-master-password-42");
        Stats before = stats();

        for (int i = 0; i < 5; i++) { // the default lockout threshold
            Http.Reply r = server.client().post("/api/admin/v1/login", Map.of("username", name, "password", "wrong-" + i));
            assertThat(r.status()).isIn(401, 423);
        }
        Stats after = stats();

        assertThat(after.failedLogins24h()).isEqualTo(before.failedLogins24h() + 5);
        assertThat(after.lockedAccounts()).isEqualTo(before.lockedAccounts() + 1);
    }

    @Test
    void expiredLockoutsAndOldFailuresAreNotCounted() {
        long user = new Fixtures(server).user(unique("was-locked"), null);
        Stats before = stats();
        Instant now = AuditEvents.now(server);
        ctx.db().txRun(sql -> sql.update("UPDATE users SET locked_until = ? WHERE id = ?",
                now.minusSeconds(1).toEpochMilli(), user));
        AuditEvents.append(ctx, List.of(event("old", AuditActions.LOGIN_FAILED, "AppServer", "online",
                now.minus(Duration.ofHours(25)), "reason=invalid_credentials")));

        Stats after = stats();

        assertThat(after.lockedAccounts()).isEqualTo(before.lockedAccounts());
        assertThat(after.failedLogins24h()).isEqualTo(before.failedLogins24h());
    }

    @Test
    void eventsPerDayCoversThirtyUtcDaysOldestFirst() {
        Instant now = AuditEvents.now(server);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Stats before = stats();
        String user = unique("daily");
        AuditEvents.append(ctx, List.of(
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now, null),
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now, null),
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now.minus(Duration.ofDays(3)), null),
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now.minus(Duration.ofDays(29)), null),
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now.minus(Duration.ofDays(40)), null)));

        Stats after = stats();

        assertThat(after.eventsPerDay()).hasSize(30);
        assertThat(after.eventsPerDay()).extracting(Stats.DayCount::day).containsExactlyElementsOf(
                IntStream.range(0, 30).mapToObj(i -> today.minusDays(29 - i)).toList());
        assertThat(count(after, today)).isEqualTo(count(before, today) + 2);
        assertThat(count(after, today.minusDays(3))).isEqualTo(count(before, today.minusDays(3)) + 1);
        assertThat(count(after, today.minusDays(29))).isEqualTo(count(before, today.minusDays(29)) + 1);
        assertThat(after.eventsPerDay().stream().mapToLong(Stats.DayCount::count).sum())
                .isEqualTo(before.eventsPerDay().stream().mapToLong(Stats.DayCount::count).sum() + 4);
        assertThat(after.eventsPerDay()).filteredOn(d -> d.day().isBefore(today.minusDays(29))).isEmpty();
    }

    @Test
    void newestEventsAreTheTenLatestNewestFirst() {
        String user = unique("newest");
        List<com.roamvault.server.audit.AuditEntry> events = IntStream.range(0, 12).mapToObj(i -> event(user,
                AuditActions.CACHE_SYNCED, "AppServer", "online", AuditEvents.now(server), "n=" + i)).toList();
        AuditEvents.append(ctx, events);

        Stats stats = stats();

        assertThat(stats.newestEvents()).extracting(e -> e.id()).containsExactlyElementsOf(
                events.reversed().subList(0, 10).stream().map(com.roamvault.server.audit.AuditEntry::id).toList());
    }

    @Test
    void needsASecurityAdministrator() {
        String token = AuditEvents.nonAdminToken(server, unique("viewer"));

        assertThat(server.client().get("/api/admin/v1/stats").status()).isEqualTo(401);
        assertThat(server.client().bearer(token).get("/api/admin/v1/stats").status()).isEqualTo(403);
    }
}
