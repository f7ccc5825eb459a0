package com.roamvault.server.atrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.crypt.DataKeyException;
import com.roamvault.server.crypt.FieldCipher;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.VaultRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code rotate-keys} beside a running server: a new key-encryption key at once, and with
 * {@code --reencrypt} every secret moved to a new data key while phones keep syncing.
 */
class RotateKeysApiTest {
    private static final int PHONES = 12;
    private static final int RECORDS = 1200;
    /** The admin keeps editing the first of them, so both writers meet on those rows. */
    private static final int EDITED = 100;

    @Test
    void rotateKeysRewrapsUnderANewKeyFileAtOnceAndTheOldFileNoLongerFits() throws Exception {
        Path data = TestServer.tempDir();
        ServerConfig config = TestServer.config(data);
        Path keyFile = data.resolve("keys/data-kek.key");
        VaultRecord record;
        byte[] oldKey;
        try (TestServer server = TestServer.start(config)) {
            Fixtures fixtures = new Fixtures(server);
            record = fixtures.record(fixtures.list("Rotate"), "r", "pw-before-rotation");
            oldKey = Files.readAllBytes(keyFile);
            Cli cli = rotate(config, "--data", data.toString());
            assertThat(cli.exit).as(cli.out).isZero();
            assertThat(cli.out).contains("Re-wrapped 1 data key(s)").contains("back it up now");
            assertThat(Files.readAllBytes(keyFile)).isNotEqualTo(oldKey);
            assertThat(keyFile.resolveSibling("data-kek.key.next")).doesNotExist();
            assertThat(server.admin().get("/api/admin/v1/records/" + record.id()).json().get("password").asText())
                    .isEqualTo("pw-before-rotation");
        }
        try (TestServer again = TestServer.start(config)) {
            assertThat(again.admin().get("/api/admin/v1/records/" + record.id()).json().get("password").asText())
                    .isEqualTo("pw-before-rotation");
        }
        byte[] newKey = Files.readAllBytes(keyFile);
        Files.write(keyFile, oldKey);
        assertThatThrownBy(() -> RoamvaultServer.start(config)).isInstanceOf(DataKeyException.class)
                .hasMessageContaining("does not unlock");
        Files.write(keyFile, newKey);
    }

    @Test
    void reencryptMovesEverySecretToANewDataKeyWhilePhonesKeepSyncing() throws Exception {
        Path data = TestServer.tempDir();
        ServerConfig config = TestServer.config(data);
        try (TestServer server = TestServer.start(config)) {
            Fixtures fixtures = new Fixtures(server);
            long list = fixtures.list("Fleet");
            List<VaultRecord> records = fixtures.records(list, RECORDS, "fleet");
            List<Phone> phones = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                String name = Phone.uniqueUser("fleet");
                fixtures.grantUser(list, fixtures.user(name, "fleet-master-password-" + i), true);
                phones.add(Phone.login(server, name, "fleet-master-password-" + i));
            }
            Map<Long, String> expected = new ConcurrentHashMap<>();
            records.forEach(r -> expected.put(r.id(), r.password()));
            Map<Long, String> original = new java.util.HashMap<>();
            records.subList(0, EDITED).forEach(r -> original.put(r.id(), r.password()));

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger syncs = new AtomicInteger();
            List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(PHONES + 1);
            List<Future<?>> work = new ArrayList<>();
            for (Phone phone : phones) {
                work.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            for (RecordDto r : phone.sync().records()) {
                                // an edited record may read its old or any edited value: the sync raced the edit
                                boolean edited = original.containsKey(r.recordId());
                                boolean fine = edited ? r.password().equals(original.get(r.recordId()))
                                        || r.password().startsWith("edited-")
                                        : r.password().equals(expected.get(r.recordId()));
                                if (!fine) {
                                    problems.add("record " + r.recordId() + " read " + r.password());
                                }
                            }
                            syncs.incrementAndGet();
                        } catch (RuntimeException | AssertionError e) {
                            problems.add("sync failed: " + e.getMessage());
                        }
                    }
                }));
            }
            work.add(pool.submit(() -> { // an admin keeps editing while the secrets move
                for (int i = 0; running.get(); i = (i + 7) % EDITED) {
                    VaultRecord r = records.get(i);
                    String next = "edited-" + i + "-" + System.nanoTime();
                    fixtures.updateRecord(r.id(), next);
                    expected.put(r.id(), next);
                }
            }));

            Cli cli = rotate(config, "--data", data.toString(), "--reencrypt", "--settle-seconds", "6");
            int syncsDuring = syncs.get();
            running.set(false);
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(cli.exit).as(cli.out).isZero();
            assertThat(cli.out).contains("Re-encrypting records.password").contains("retired 1 old data key(s)");
            assertThat(problems).as("phones during the re-encryption").isEmpty();
            assertThat(syncsDuring).isGreaterThan(PHONES * 3);
            List<String> stored = fixtures.wiring().db().read(sql -> sql.query(
                    "SELECT password FROM records UNION ALL SELECT notes FROM records WHERE notes IS NOT NULL "
                            + "UNION ALL SELECT master_password_hash FROM users WHERE master_password_hash IS NOT NULL "
                            + "UNION ALL SELECT api_key FROM password_lists UNION ALL SELECT sealed_value FROM server_secrets",
                    rs -> rs.getString(1)));
            assertThat(stored).isNotEmpty().allSatisfy(v -> assertThat(FieldCipher.keyId(v)).isEqualTo(2));
            long dataKeys = fixtures.wiring().db().read(sql -> sql.count("SELECT COUNT(*) FROM data_keys"));
            assertThat(dataKeys).isEqualTo(1);
            for (RecordDto r : phones.get(0).sync().records()) {
                assertThat(r.password()).isEqualTo(expected.get(r.recordId()));
            }
        }
        try (TestServer again = TestServer.start(config)) {
            assertThat(again.admin().get("/api/admin/v1/lists").status()).isEqualTo(200);
        }
    }

    private record Cli(int exit, String out) {
    }

    private static Cli rotate(ServerConfig config, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.roamvault.server.ServerMain", "rotate-keys"));
        cmd.addAll(List.of(args));
        if (config.jdbcUrl() != null) {
            cmd.addAll(List.of("--db", config.jdbcUrl()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli(p.exitValue(), out);
    }
}
