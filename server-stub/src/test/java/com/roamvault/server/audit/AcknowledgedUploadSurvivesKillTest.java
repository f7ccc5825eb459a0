package com.roamvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.ServerProcess;
import com.roamvault.server.support.TestServer;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An audit upload the server answered is on disk: a phone drops what was acknowledged from its journal, so a
 * server SIGKILLed right after answering must still have every event when it starts again on the same data.
 * (H2 kept commits in memory for up to 500 ms; the crash attack lost acknowledged events until WRITE_DELAY=0.)
 */
class AcknowledgedUploadSurvivesKillTest {
    @Test
    void eventsAcknowledgedJustBeforeASigkillAreStoredAfterTheRestart() throws Exception {
        Path data = TestServer.tempDir();
        String phoneToken;
        String adminToken;
        X509Certificate certificate;
        try (TestServer setup = TestServer.start(TestServer.config(data).withJdbcUrl(null))) {
            Fixtures f = new Fixtures(setup);
            f.user("CORP\\kill-phone", "kill-phone-lantern-quartz-97");
            Http.Reply login = setup.client().post("/api/mobile/v1/login", Map.of("username", "CORP\\kill-phone",
                    "password", "kill-phone-lantern-quartz-97", "deviceName", "t", "platform", "android"));
            phoneToken = login.json().get("accessToken").asText();
            adminToken = setup.admin().bearer();
            certificate = setup.server().wiring().keys().certificate();
        }
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 1; round++) {
            ServerProcess server = ServerProcess.start("--data", data.toString(), "--port", "0");
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String id = UUID.randomUUID().toString();
                events.add(Map.of("id", id, "occurredAt", "2026-12-01T08:00:00Z", "action", "RECORD_VIEWED",
                        "result", "success", "origin", "offline"));
                acknowledged.add(id);
            }
            Http.Reply upload = Http.pinned(server.url(), certificate, server.pin()).bearer(phoneToken)
                    .post("/api/mobile/v1/audit", Map.of("events", events));
            server.kill();
            assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        }
        ServerProcess restarted = ServerProcess.start("--data", data.toString(), "--port", "0");
        try {
            Http admin = Http.pinned(restarted.url(), certificate, restarted.pin()).bearer(adminToken);
            Http.Reply stored = admin.get("/api/admin/v1/audit?user=CORP%5Ckill-phone&limit=1000");
            List<String> ids = new ArrayList<>();
            stored.json().get("events").forEach(e -> ids.add(e.get("id").asText()));
            assertThat(ids).containsAll(acknowledged);
            assertThat(admin.get("/api/admin/v1/audit/verify").json().get("ok").asBoolean()).isTrue();
        } finally {
            restarted.close();
        }
    }
}
