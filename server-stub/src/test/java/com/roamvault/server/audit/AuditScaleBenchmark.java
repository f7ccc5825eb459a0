package com.roamvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.store.Sql;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Measures the audit history over a large log (default 1,000,000 events), filter by filter. A
 * benchmark, not part of the suite (its name keeps Surefire away); run it by hand:
 * {@code mvn -pl server-stub -am test -Dtest=AuditScaleBenchmark -Droamvault.scale=true
 * -Dsurefire.failIfNoSpecifiedTests=false [-Droamvault.scale.events=N] [-Droamvault.test.db=postgres]}.
 */
@EnabledIfSystemProperty(named = "roamvault.scale", matches = "true")
class AuditScaleBenchmark {
    static final int EVENTS = Integer.getInteger("roamvault.scale.events", 1_000_000);
    static final List<String> ACTIONS = List.of(AuditActions.RECORD_VIEWED, AuditActions.PASSWORD_COPIED,
            AuditActions.CACHE_SYNCED, AuditActions.LOGIN_SUCCEEDED, AuditActions.LOGIN_FAILED,
            AuditActions.CACHE_UNLOCKED, AuditActions.PASSWORD_REVEALED, AuditActions.RECORD_UPDATED);
    static final int ROWS_PER_INSERT = 1000;

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void fill() {
        ServerWiring ctx = server.server().wiring();
        Random random = new Random(7);
        Instant start = Instant.now().minus(Duration.ofDays(60));
        long t0 = System.nanoTime();
        String[] head = ctx.db().read(sql -> sql.one("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                rs -> new String[] {rs.getString(1), rs.getString(2)})).orElseThrow();
        long base = Long.parseLong(head[0]);
        String hash = head[1];
        for (int done = 0; done < EVENTS; done += ROWS_PER_INSERT) {
            List<Object> params = new ArrayList<>();
            int rows = Math.min(ROWS_PER_INSERT, EVENTS - done);
            for (int i = 0; i < rows; i++) {
                long seq = base + done + i + 1L;
                String platform = seq % 1000 == 0 ? "API" : seq % 3 == 0 ? "AppServer" : "MobileApp";
                String origin = seq % 500 == 0 ? "offline" : "online";
                Instant at = Instant.ofEpochMilli(start.plusMillis(seq * (60L * 86_400_000 / EVENTS)).toEpochMilli());
                AuditEvent e = new AuditEvent(seq, UUID.randomUUID().toString(), at, at,
                        "CORP\\user" + random.nextInt(1000), UUID.randomUUID().toString(), platform,
                        ACTIONS.get(random.nextInt(ACTIONS.size())), "success", (long) random.nextInt(5000), 1L,
                        "record " + random.nextInt(5000), origin, "10.0.0." + random.nextInt(250), "detail " + seq,
                        null, seq % 200 == 0 ? "CORP\\user" + random.nextInt(1000) : null);
                hash = AuditChain.hash(hash, e);
                params.addAll(Arrays.asList(e.seq(), e.id(), at.toEpochMilli(), at.toEpochMilli(), e.username(),
                        e.deviceId(), e.platform(), e.action(), e.result(), e.recordId(), e.listId(), e.title(),
                        e.origin(), e.clientIp(), e.detail(), hash, e.subjectUsername()));
            }
            String values = String.join(", ", java.util.Collections.nCopies(rows, "(" + Sql.placeholders(17) + ")"));
            ctx.db().txRun(sql -> sql.update("INSERT INTO audit_events (" + AuditRows.COLUMNS + ") VALUES " + values,
                    params.toArray()));
        }
        String last = hash;
        ctx.db().txRun(sql -> sql.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                base + EVENTS, last));
        // as autovacuum would after a bulk load: PostgreSQL plans by these statistics
        ctx.db().txRun(sql -> sql.update(TestDatabases.postgres() ? "ANALYZE audit_events" : "ANALYZE"));
        System.out.printf("filled %d events in %d s%n", EVENTS, (System.nanoTime() - t0) / 1_000_000_000);
    }

    @AfterAll
    static void dropTheMillion() {
        if (TestDatabases.postgres()) { // a million events is too much to leave behind in the shared database
            ServerWiring ctx = server.server().wiring();
            String schema = ctx.db().read(sql -> sql.one("SELECT current_schema()", rs -> rs.getString(1)))
                    .orElseThrow();
            ctx.db().txRun(sql -> sql.update("DROP SCHEMA " + schema + " CASCADE"));
        }
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void newestPagesAnswerFast() {
        Http admin = server.admin();
        Instant now = Instant.now();
        String[] queries = {"", "user=CORP%5Cuser42", "user=corp%5Cuser42", "involving=corp%5Cuser42",
                "involving=CORP%5Cuser42&action=LOGIN_FAILED", "involving=CORP%5Cuser42&from=" + now.minus(Duration.ofDays(3)), "action=LOGIN_FAILED", "platform=API",
                "origin=offline", "from=" + now.minus(Duration.ofDays(3)) + "&to=" + now,
                "from=" + now.minus(Duration.ofDays(59)) + "&to=" + now.minus(Duration.ofDays(58)),
                "from=" + now.minus(Duration.ofDays(1)),
                "from=" + now.minus(Duration.ofDays(50)) + "&to=" + now.minus(Duration.ofDays(20)),
                "platform=API&from=" + now.minus(Duration.ofDays(30)),
                "user=CORP%5Cuser42&action=LOGIN_FAILED", "action=CACHE_SYNCED&platform=API",
                "q=record%204999", "q=detail%20999999", "user=CORP%5Cuser7&before=50000", "limit=1000"};
        ServerWiring ctx = server.server().wiring();
        int variant = 0;
        for (String q : queries) {
            long[] http = new long[9];
            for (int i = 0; i < http.length; i++) {
                // a fresh cursor each time, so no database result cache answers a repeat
                String query = q + (q.contains("before=") ? String.valueOf(i) : (q.isEmpty() ? "" : "&")
                        + "before=" + (EVENTS + 100 + variant++));
                long t = System.nanoTime();
                assertThat(admin.get("/api/admin/v1/audit?" + query).status()).as(query).isEqualTo(200);
                http[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(http);
            System.out.printf("%-75s https median %4d max %4d ms%n", q, http[4], http[8]);
        }
        for (String q : queries) {
            AuditFilter filter = AuditFilter.parse(name -> param(q, name));
            String driver = ctx.db().read(sql -> AuditPlanner.choose(sql, filter));
            AuditQuery.Statement st = AuditQuery.page(filter, 101, driver);
            List<String> plan = ctx.db().read(sql -> sql.query("EXPLAIN " + st.sql(), rs -> rs.getString(1),
                    st.params()));
            System.out.println("PLAN " + q + " driver=" + driver + ": " + String.join(" ", plan)
                    .replaceAll("\\s+", " ").replaceAll("SELECT .* FROM", "SELECT .. FROM"));
        }
        for (int i = 0; i < 3; i++) {
            server.clock().advance(Duration.ofMillis(1)); // new parameters, no cached result
            long t = System.nanoTime();
            Http.Reply stats = admin.get("/api/admin/v1/stats");
            System.out.printf("stats %d ms (%d)%n", (System.nanoTime() - t) / 1_000_000, stats.status());
        }
        long t = System.nanoTime();
        Http.Reply verify = admin.get("/api/admin/v1/audit/verify");
        System.out.printf("verify %d ms: %s%n", (System.nanoTime() - t) / 1_000_000, verify.body());
        t = System.nanoTime();
        Http.Reply csv = admin.get("/api/admin/v1/audit/export.csv");
        System.out.printf("export %d ms, %d MB%n", (System.nanoTime() - t) / 1_000_000, csv.body().length() >> 20);
    }
}
