package com.roamvault.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.crypt.KekSource;
import com.roamvault.server.store.Database;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.PreviousRelease;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.RecordSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What sealing secrets at rest costs, side by side in one run: a full sync of 10,000 records over
 * HTTPS beside the same records' secret columns read with and without opening them (the work the
 * sealing added to that sync), sealing them (the write side), an audit upload (which seals nothing),
 * and the first start of a 100,000-record plaintext database, whose migration seals it, beside the same
 * migration of an empty one. Run by hand: {@code ./roamvault bench-at-rest} (add {@code postgres}).
 */
public final class AtRestBenchmark {
    private static final int LISTS = 10;
    private static final int RECORDS_PER_LIST = 1_000;
    private static final int MIGRATED_RECORDS = 100_000;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("postgres")) {
            System.setProperty("roamvault.test.db", "postgres");
        }
        System.out.printf("Roamvault secrets-at-rest benchmark on %s, %d cores%n",
                TestDatabases.postgres() ? "postgres" : "h2", Runtime.getRuntime().availableProcessors());
        try (TestServer server = TestServer.start()) {
            syncAndUpload(server);
        }
        migration();
    }

    private static void syncAndUpload(TestServer server) {
        ServerWiring ctx = server.server().wiring();
        Fixtures fixtures = new Fixtures(server);
        long userId = fixtures.user("CORP\\bench", "bench-orbit-lantern-quartz-97");
        List<Long> lists = ServerBenchmark.seedRecords(ctx, fixtures, userId, LISTS, RECORDS_PER_LIST, LISTS);
        Http phone = server.client();
        JsonNode login = phone.post("/api/mobile/v1/login", Map.of("username", "CORP\\bench",
                "password", "bench-orbit-lantern-quartz-97", "deviceName", "bench", "platform", "android")).json();
        phone.bearer(login.get("accessToken").asText());

        ServerBenchmark.Timing sync = ServerBenchmark.time(7, () -> phone.get("/api/mobile/v1/sync"));
        int records = phone.get("/api/mobile/v1/sync").json().get("records").size();
        String where = " FROM records WHERE list_id IN (" + lists.stream().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).orElseThrow() + ")";
        List<String[]> sealed = ctx.db().read(sql -> sql.query("SELECT id, password, notes" + where,
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        double read = median(15, () -> ctx.db().read(sql -> sql.query("SELECT id, password, notes" + where,
                rs -> rs.getString(2).length() + rs.getString(3).length())));
        double readAndOpen = median(15, () -> ctx.db().read(sql -> sql.query("SELECT id, password, notes" + where,
                rs -> RecordSecrets.password(sql, rs.getLong(1), rs.getString(2)).length()
                        + RecordSecrets.notes(sql, rs.getLong(1), rs.getString(3)).length())));
        double seal = median(15, () -> ctx.db().read(sql -> {
            for (String[] row : sealed) {
                long id = Long.parseLong(row[0]);
                sql.secrets().seal("records", "password", id, "P@ss-" + id);
                sql.secrets().seal("records", "notes", id, "notes " + id);
            }
            return sealed.size();
        }));
        ServerBenchmark.Timing upload = ServerBenchmark.time(15, () -> phone.post("/api/mobile/v1/audit",
                Map.of("events", ServerBenchmark.events(1000))));

        double opening = readAndOpen - read;
        System.out.println();
        System.out.printf("%-64s %12s   %s%n", "measure (median)", "note");
        row("full sync, " + records + " records, sealed (as shipped)", sync.median(), "");
        row("  the same sync without the opening (before sealing)", sync.median() - opening,
                "sync minus the row below");
        row("  opening " + 2 * records + " sealed fields (AES-GCM + AAD)", opening,
                String.format("%.1f%% of the sync", 100 * opening / sync.median()));
        row("  reading the secret columns, not opened", read, "");
        row("  reading and opening them", readAndOpen, "");
        row("sealing " + 2 * records + " fields (record writes)", seal,
                String.format("%.1f us a field", 1000 * seal / (2.0 * records)));
        row("audit upload, 1000 events (seals nothing)", upload.median(),
                String.format("%.0f events/s", 1000 / (upload.median() / 1000.0)));
    }

    /** The first start of a plaintext database runs the sealing migration; an empty one measures the rest. */
    private static void migration() throws Exception {
        double empty = firstStart(0);
        double full = firstStart(MIGRATED_RECORDS);
        row("first start of an empty plaintext database (every migration)", empty, "");
        row(String.format("first start of %,d plaintext records (sealed)", MIGRATED_RECORDS), full,
                String.format("%,.0f records/s sealed", MIGRATED_RECORDS / ((full - empty) / 1000)));
    }

    private static double firstStart(int records) throws Exception {
        Path data = TestServer.tempDir();
        Files.createDirectories(data.resolve("keys"));
        String url = TestDatabases.postgres() ? TestDatabases.freshPostgresSchema() : Database.h2Url(data);
        PreviousRelease.write(url, "plain-era-master-password-9", "0123456789abcdef0123456789abcdef01234567", records);
        long start = System.nanoTime();
        Database db = Database.open(url, new KekSource(data.resolve("keys"), Map.of()));
        double millis = (System.nanoTime() - start) / 1e6;
        db.close();
        return millis;
    }

    private static void row(String what, double millis, String note) {
        System.out.printf("%-64s %9.1f ms   %s%n", what, millis, note);
    }

    private static double median(int n, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return new ServerBenchmark.Timing(millis).median();
    }
}
