package com.roamvault.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.audit.AuditChain;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.Grant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Server figures against the targets of issue #2, measured over real HTTPS on this machine:
 * full sync (10,000 of 100,000 records), delta of 10 changes, audit upload of 1,000 events,
 * and the newest filtered audit page over 1,000,000 events. Run by hand (not in CI):
 * {@code ./roamvault bench-server} (add {@code postgres} to run on PostgreSQL).
 */
public final class ServerBenchmark {
    private static final int LISTS = 100;
    private static final int RECORDS_PER_LIST = 1_000;
    private static final int AUTHORIZED_LISTS = 10;
    private static final int AUDIT_EVENTS = 1_000_000;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("postgres")) {
            System.setProperty("roamvault.test.db", "postgres");
        }
        try (TestServer server = TestServer.start()) {
            ServerWiring ctx = server.server().wiring();
            Fixtures fixtures = new Fixtures(server);
            System.out.printf("Roamvault server benchmark on %s, %d cores%n",
                    System.getProperty("roamvault.test.db", "h2"), Runtime.getRuntime().availableProcessors());
            long userId = fixtures.user("CORP\\bench", "bench-orbit-lantern-quartz-97");
            List<Long> lists = seedRecords(ctx, fixtures, userId, LISTS, RECORDS_PER_LIST, AUTHORIZED_LISTS);
            Http phone = server.client();
            JsonNode login = phone.post("/api/mobile/v1/login", Map.of("username", "CORP\\bench",
                    "password", "bench-orbit-lantern-quartz-97", "deviceName", "bench", "platform", "android")).json();
            phone.bearer(login.get("accessToken").asText());

            Timing full = time(5, () -> phone.get("/api/mobile/v1/sync"));
            Http.Reply fullReply = phone.get("/api/mobile/v1/sync");
            int fullRecords = fullReply.json().get("records").size();
            String cursor = fullReply.json().get("cursor").asText();
            for (int i = 0; i < 10; i++) {
                var record = ctx.db().read(sql -> sql.one("SELECT id FROM records WHERE list_id = ? ORDER BY id",
                        rs -> rs.getLong(1), lists.get(0))).orElseThrow();
                fixtures.updateRecord(record + i, "changed-" + i);
            }
            String deltaPath = "/api/mobile/v1/sync?cursor=" + java.net.URLEncoder.encode(cursor, "UTF-8");
            Timing delta = time(20, () -> phone.get(deltaPath));
            Http.Reply deltaReply = phone.get(deltaPath);

            Timing upload = time(20, () -> phone.post("/api/mobile/v1/audit", Map.of("events", events(1000))));
            double parallelRate = parallelUploads(server, phone.bearer());

            seedAudit(ctx, AUDIT_EVENTS);
            Http admin = server.admin();
            Timing query = time(20, () -> admin.get("/api/admin/v1/audit?user=CORP%5Cuser-7&limit=100"));
            Timing queryAction = time(20, () -> admin.get("/api/admin/v1/audit?action=PASSWORD_REVEALED&origin=offline&limit=100"));

            System.out.println();
            System.out.printf("%-52s %12s %12s %14s%n", "measure", "median", "target", "note");
            row("full sync, " + fullRecords + " of " + LISTS * RECORDS_PER_LIST + " records", full.median(), "<= 1500 ms",
                    fullReply.body().length() / 1024 + " KiB");
            row("delta sync, 10 changes (" + deltaReply.json().get("records").size() + " records)", delta.median(),
                    "<= 100 ms", String.format("%.2f%% of full", 100.0 * deltaReply.body().length() / fullReply.body().length()));
            row("audit upload, 1000 events", upload.median(), ">= 20000/s",
                    String.format("%.0f events/s", 1000 / (upload.median() / 1000.0)));
            System.out.printf("%-52s %12s %12s %14s%n", "audit upload, 2 phones at once, 20 x 1000 events", "",
                    ">= 20000/s", String.format("%.0f events/s", parallelRate));
            row("audit query newest page, user filter, 1M events", query.median(), "<= 50 ms", "p95 " + query.p95() + " ms");
            row("audit query newest page, action+origin, 1M events", queryAction.median(), "<= 50 ms",
                    "p95 " + queryAction.p95() + " ms");
        }
    }

    static List<Long> seedRecords(ServerWiring ctx, Fixtures fixtures, long userId, int listCount, int perList,
                                  int authorized) {
        long start = System.nanoTime();
        List<Long> lists = new ArrayList<>();
        for (int l = 0; l < listCount; l++) {
            lists.add(fixtures.list("Bench list " + l));
        }
        ctx.db().txRun(sql -> {
            long now = ctx.clock().millis();
            long revision = com.roamvault.server.vault.Revisions.next(sql);
            for (long listId : lists) {
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < perList; i++) {
                    rows.add(new Object[] {listId, "host-" + listId + "-" + i, "admin", "P@ss-" + UUID.randomUUID(),
                            "https://host-" + i + ".corp.example", "notes " + i, "corp.example", now, revision});
                }
                sql.batch("INSERT INTO records (list_id, title, username, password, url, notes, domain, updated_at, "
                        + "revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            }
            com.roamvault.server.support.SealPlainRecords.in(sql);
        });
        for (int l = 0; l < authorized; l++) {
            fixtures.grants(lists.get(l), new Grant(userId, null, "view", true));
        }
        System.out.printf("seeded %,d records in %d lists in %.1f s%n", listCount * perList, listCount,
                (System.nanoTime() - start) / 1e9);
        return lists;
    }

    /** Server capacity: two phones upload 10 batches of 1000 events each at the same time. */
    private static double parallelUploads(TestServer server, String token) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batches.add(events(1000));
        }
        Http a = server.client().bearer(token);
        Http b = server.client().bearer(token);
        check(a.post("/api/mobile/v1/audit", Map.of("events", events(1000))));
        check(b.post("/api/mobile/v1/audit", Map.of("events", events(1000))));
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            Http client = i % 2 == 0 ? a : b;
            List<Map<String, Object>> batch = batches.get(i);
            calls.add(pool.submit(() -> check(client.post("/api/mobile/v1/audit", Map.of("events", batch)))));
        }
        for (var call : calls) {
            call.get();
        }
        pool.shutdown();
        return 20_000 / ((System.nanoTime() - start) / 1e9);
    }

    /** A million audit events with a valid chain, written in large batches. */
    private static void seedAudit(ServerWiring ctx, int count) {
        long start = System.nanoTime();
        String[] actions = {AuditActions.RECORD_VIEWED, AuditActions.PASSWORD_REVEALED, AuditActions.CACHE_UNLOCKED,
                AuditActions.CACHE_SYNCED, AuditActions.LOGIN_SUCCEEDED};
        Map<String, Object> state = new HashMap<>();
        ctx.db().txRun(sql -> sql.one("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                rs -> state.put("head", new Object[] {rs.getLong(1), rs.getString(2)})));
        Object[] head = (Object[]) state.get("head");
        long seq = (long) head[0];
        String hash = (String) head[1];
        long now = ctx.clock().millis();
        for (int done = 0; done < count; ) {
            int n = Math.min(20_000, count - done);
            List<Object[]> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                seq++;
                String action = actions[(int) (seq % actions.length)];
                String origin = seq % 3 == 0 ? "offline" : "online";
                String user = "CORP\\user-" + (seq % 50);
                long at = now - (count - done - i) * 2_000L;
                var event = new com.roamvault.protocol.audit.AuditEvent(seq, UUID.randomUUID().toString(),
                        java.time.Instant.ofEpochMilli(at), java.time.Instant.ofEpochMilli(at), user, null, "MobileApp",
                        action, "success", null, null, "host-" + seq % 1000, origin, "10.0.0." + seq % 200,
                        "bench event " + seq, null, null);
                hash = AuditChain.hash(hash, event);
                rows.add(new Object[] {seq, event.id(), at, at, user, null, "MobileApp", action, "success", null, null,
                        event.title(), origin, event.clientIp(), event.detail(), hash});
            }
            long lastSeq = seq;
            String lastHash = hash;
            ctx.db().txRun(sql -> {
                sql.batch("INSERT INTO audit_events (seq, id, occurred_at, received_at, username, device_id, platform, "
                        + "action, result, record_id, list_id, title, origin, client_ip, detail, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
                sql.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", lastSeq, lastHash);
            });
            done += n;
        }
        if (com.roamvault.server.support.TestDatabases.postgres()) {
            // a bulk load leaves PostgreSQL's statistics stale until autovacuum runs; a DBA analyzes
            ctx.db().txRun(sql -> sql.update("ANALYZE audit_events"));
        }
        System.out.printf("seeded %,d audit events in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    static List<Map<String, Object>> events(int n) {
        List<Map<String, Object>> events = new ArrayList<>(n);
        String at = java.time.Instant.now().toString();
        for (int i = 0; i < n; i++) {
            events.add(Map.of("id", UUID.randomUUID().toString(), "occurredAt", at, "action",
                    AuditActions.RECORD_VIEWED, "result", "success", "origin", "offline", "detail", "bench " + i));
        }
        return events;
    }

    record Timing(double[] millis) {
        double median() {
            return percentile(0.5);
        }

        double p95() {
            return percentile(0.95);
        }

        private double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return Math.round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] * 10) / 10.0;
        }
    }

    /** Two warm-up calls, then n timed calls; each must succeed. */
    static Timing time(int n, java.util.function.Supplier<Http.Reply> call) {
        for (int i = 0; i < 2; i++) {
            check(call.get());
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            check(call.get());
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Timing(millis);
    }

    private static void check(Http.Reply reply) {
        if (reply.status() >= 300) {
            throw new IllegalStateException("Benchmark call failed: " + reply);
        }
    }

    static void row(String what, double median, String target, String note) {
        System.out.printf("%-52s %9.1f ms %12s %14s%n", what, median, target, note);
    }

}
