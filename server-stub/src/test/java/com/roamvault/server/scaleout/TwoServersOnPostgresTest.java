package com.roamvault.server.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.audit.AuditChain;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.ServerProcess;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md "Scaled out": two server processes on one PostgreSQL (sharing the keys folder) act as
 * one — tokens, lockout counters and the audit sequence live in the database, not in a process.
 */
class TwoServersOnPostgresTest {
    static TestServer inProcess;
    static ServerProcess other;
    static Http onA;
    static Http onB;

    @BeforeAll
    static void start() throws Exception {
        Path data = TestServer.tempDir();
        String jdbc = TestDatabases.freshPostgresSchema();
        ServerConfig config = TestServer.config(data).withJdbcUrl(jdbc);
        inProcess = TestServer.start(config);
        other = ServerProcess.start("--data", data.toString(), "--port", "0", "--db", jdbc);
        onA = inProcess.client();
        onB = Http.pinned(other.url(), inProcess.server().wiring().keys().certificate(), other.pin());
        assertThat(other.pin()).isEqualTo(inProcess.server().pin());
    }

    @AfterAll
    static void stop() throws Exception {
        other.close();
        inProcess.close();
    }

    @Test
    void aTokenFromOneServerWorksOnTheOther() {
        Http admin = Http.pinned(other.url(), inProcess.server().wiring().keys().certificate(), other.pin())
                .bearer(inProcess.admin().bearer());
        assertThat(admin.get("/api/admin/v1/server").status()).isEqualTo(200);
    }

    @Test
    void aChangeMadeOnOneServerReachesAPhoneSyncingFromTheOther() {
        com.roamvault.server.support.Fixtures f = new com.roamvault.server.support.Fixtures(inProcess);
        long user = f.user("CORP\\roamer", "roamer-orbit-lantern-quartz-97");
        long list = f.list("Shared across nodes");
        f.grantUser(list, user, true);
        Http.Reply login = onA.post("/api/mobile/v1/login", Map.of("username", "CORP\\roamer",
                "password", "roamer-orbit-lantern-quartz-97", "deviceName", "roamer", "platform", "android"));
        Http phoneOnA = inProcess.client().bearer(login.json().get("accessToken").asText());
        Http phoneOnB = Http.pinned(other.url(), inProcess.server().wiring().keys().certificate(), other.pin())
                .bearer(login.json().get("accessToken").asText());
        String cursor = phoneOnA.get("/api/mobile/v1/sync").json().get("cursor").asText();

        Http adminOnB = Http.pinned(other.url(), inProcess.server().wiring().keys().certificate(), other.pin())
                .bearer(inProcess.admin().bearer());
        assertThat(adminOnB.post("/api/admin/v1/lists/" + list + "/records", Map.of("title", "made-on-b",
                "password", "pw-b")).status()).isEqualTo(201);

        String delta = "/api/mobile/v1/sync?cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8);
        for (Http phone : List.of(phoneOnA, phoneOnB)) {
            var reply = phone.get(delta).json();
            assertThat(reply.get("full").asBoolean()).isFalse();
            assertThat(reply.get("records")).hasSize(1);
            assertThat(reply.get("records").get(0).get("title").asText()).isEqualTo("made-on-b");
        }
    }

    @Test
    void failuresOnBothServersAddUpToOneLockout() {
        long id = new com.roamvault.server.support.Fixtures(inProcess).user("CORP\\split", "split-brain-lantern-quartz-42");
        inProcess.server().wiring().db().txRun(sql -> sql.update("UPDATE users SET security_admin = TRUE WHERE id = ?", id));
        Map<String, String> wrong = Map.of("username", "CORP\\split", "password", "wrong-password-0");
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? onA : onB).post("/api/admin/v1/login", wrong).error()).isEqualTo("invalid_credentials");
        }
        assertThat(onB.post("/api/admin/v1/login", wrong).error()).isEqualTo("account_locked");
        Http.Reply right = onA.post("/api/admin/v1/login", Map.of("username", "CORP\\split",
                "password", "split-brain-lantern-quartz-42"));
        assertThat(right.error()).isEqualTo("account_locked");
        assertThat(right.headers().get("Retry-After")).isNotNull();
    }

    @Test
    void concurrentAppendsFromBothServersFormOneUnbrokenChain() throws Exception {
        Map<String, String> bad = Map.of("username", "nobody-here", "password", "wrong-password-1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Http client = i % 2 == 0 ? onA : onB;
            calls.add(pool.submit(() -> client.post("/api/admin/v1/login", bad).status()));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get()).isIn(401, 429);
        }
        pool.shutdown();
        List<AuditEvent> events = inProcess.server().wiring().db().read(sql -> sql.query(
                "SELECT * FROM audit_events ORDER BY seq", rs -> new AuditEvent(rs.getLong("seq"), rs.getString("id"),
                        Instant.ofEpochMilli(rs.getLong("occurred_at")), Instant.ofEpochMilli(rs.getLong("received_at")),
                        rs.getString("username"), rs.getString("device_id"), rs.getString("platform"),
                        rs.getString("action"), rs.getString("result"), (Long) rs.getObject("record_id", Long.class),
                        (Long) rs.getObject("list_id", Long.class), rs.getString("title"), rs.getString("origin"),
                        rs.getString("client_ip"), rs.getString("detail"), rs.getString("hash"),
                        rs.getString("subject_username"))));
        assertThat(events.stream().filter(e -> "nobody-here".equals(e.username()))).hasSizeGreaterThanOrEqualTo(40);
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            assertThat(e.seq()).as("no gap in the sequence").isEqualTo(i + 1);
            assertThat(e.hash()).as("hash of seq " + e.seq()).isEqualTo(AuditChain.hash(previous, e));
            previous = e.hash();
        }
    }
}
