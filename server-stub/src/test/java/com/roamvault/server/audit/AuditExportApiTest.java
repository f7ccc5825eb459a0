package com.roamvault.server.audit;

import static com.roamvault.server.support.AuditEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AuditEvents;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditExportApiTest {
    static final String HEADER = "seq,id,occurredAt,receivedAt,username,deviceId,platform,action,result,recordId,"
            + "listId,title,origin,clientIp,detail,hash,subjectUsername";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        ctx = server.server().wiring();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String params(String... keyValues) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            q.append(i == 0 ? "?" : "&").append(keyValues[i]).append('=')
                    .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    static Http.Reply export(String... keyValues) {
        Http.Reply reply = server.admin().get("/api/admin/v1/audit/export.csv" + params(keyValues));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    static List<Map<String, String>> rows(Http.Reply reply) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reply.body())) {
            return it.readAll();
        } catch (IOException e) {
            throw new AssertionError("Not CSV: " + reply.body(), e);
        }
    }

    static List<AuditEvent> query(String... keyValues) {
        Http.Reply reply = server.admin().get("/api/admin/v1/audit" + params(keyValues));
        assertThat(reply.status()).isEqualTo(200);
        return reply.as(AuditPage.class).events();
    }

    /** An event as the CSV should show it: every field as text, null as empty. */
    static Map<String, String> asCsv(AuditEvent e) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("seq", Long.toString(e.seq()));
        row.put("id", e.id());
        row.put("occurredAt", e.occurredAt().toString());
        row.put("receivedAt", e.receivedAt().toString());
        row.put("username", text(e.username()));
        row.put("deviceId", text(e.deviceId()));
        row.put("platform", e.platform());
        row.put("action", e.action());
        row.put("result", e.result());
        row.put("recordId", e.recordId() == null ? "" : e.recordId().toString());
        row.put("listId", e.listId() == null ? "" : e.listId().toString());
        row.put("title", text(e.title()));
        row.put("origin", e.origin());
        row.put("clientIp", text(e.clientIp()));
        row.put("detail", text(e.detail()));
        row.put("hash", e.hash());
        row.put("subjectUsername", text(e.subjectUsername()));
        return row;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    @Test
    void headerAndRowsEqualTheQueryNewestFirst() {
        String user = unique("csv");
        Instant now = AuditEvents.now(server);
        List<AuditEntry> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            AuditEntry e = event(user, i % 3 == 0 ? AuditActions.RECORD_VIEWED : AuditActions.CACHE_SYNCED,
                    i % 2 == 0 ? "MobileApp" : "AppServer", i % 4 == 0 ? "offline" : "online",
                    now.minusSeconds(i), i % 5 == 0 ? null : "detail " + i);
            events.add(i % 3 == 0 ? AuditEvents.withTitleAndDevice(e, "title " + i, UUID.randomUUID().toString()) : e);
        }
        AuditEvents.append(ctx, events);

        Http.Reply reply = export("user", user);

        assertThat(reply.body().lines().findFirst()).contains(HEADER);
        assertThat(rows(reply)).containsExactlyElementsOf(query("user", user, "limit", "1000").stream()
                .map(AuditExportApiTest::asCsv).toList());
        assertThat(rows(reply)).extracting(r -> r.get("id"))
                .containsExactlyElementsOf(events.reversed().stream().map(AuditEntry::id).toList());
    }

    @Test
    void commasQuotesAndNewlinesAreQuoted() {
        String user = unique("quote");
        String detail = "He said \"hi, there\",\nthen left; 100% sure";
        AuditEvents.append(ctx, List.of(event(user, AuditActions.RECORD_VIEWED, "MobileApp", "online",
                AuditEvents.now(server), detail)));

        Http.Reply reply = export("user", user);

        assertThat(reply.body()).contains("\"He said \"\"hi, there\"\",\nthen left; 100% sure\"");
        assertThat(rows(reply)).singleElement().satisfies(row -> {
            assertThat(row.get("detail")).isEqualTo(detail);
            assertThat(row.get("username")).isEqualTo(user);
        });
    }

    @Test
    void cellsAPhoneCouldMakeIntoSpreadsheetFormulasAreDefused() {
        String user = unique("formula");
        Instant now = AuditEvents.now(server);
        AuditEvents.append(ctx, List.of(
                AuditEvents.withTitleAndDevice(event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now,
                        "=HYPERLINK(\"http://evil\",\"x\")"), "+cmd|' /C calc'!A0", "-phone"),
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now.plusSeconds(1), "@SUM(1+1)"),
                event(user, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now.plusSeconds(2), "plain - text")));

        List<Map<String, String>> rows = rows(export("user", user));

        assertThat(rows).extracting(r -> r.get("detail"))
                .containsExactly("plain - text", "'@SUM(1+1)", "'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(rows.get(2).get("title")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(rows.get(2).get("deviceId")).isEqualTo("'-phone");
        // the API itself shows what was stored
        assertThat(query("user", user)).extracting(AuditEvent::detail).contains("@SUM(1+1)");
    }

    @Test
    void filtersApplyToTheExport() {
        String user = unique("filt");
        Instant now = AuditEvents.now(server);
        AuditEntry copied = event(user, AuditActions.PASSWORD_COPIED, "MobileApp", "offline", now, "x");
        AuditEvents.append(ctx, List.of(copied, event(user, AuditActions.PASSWORD_REVEALED, "MobileApp", "offline",
                now, "x"), event(user, AuditActions.PASSWORD_COPIED, "MobileApp", "online", now, "x")));

        List<Map<String, String>> rows = rows(export("user", user, "action", AuditActions.PASSWORD_COPIED,
                "origin", "offline", "limit", "1"));

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo(copied.id()));
        assertThat(rows(export("user", unique("nobody")))).isEmpty();
        assertThat(export("user", unique("nobody")).body().strip()).isEqualTo(HEADER);
    }

    @Test
    void exportsEverythingBeyondOneChunkInOrderWithoutGapsOrRepeats() {
        String user = unique("big");
        Instant now = AuditEvents.now(server);
        List<AuditEntry> events = IntStream.range(0, 2 * AuditCsvExport.CHUNK + 321).mapToObj(i -> event(user,
                AuditActions.RECORD_VIEWED, "MobileApp", "online", now, "n=" + i)).toList();
        AuditEvents.append(ctx, events);

        List<Map<String, String>> rows = rows(export("user", user, "limit", "10")); // limit pages the query only

        assertThat(rows).extracting(r -> r.get("id"))
                .containsExactlyElementsOf(events.reversed().stream().map(AuditEntry::id).toList());
        List<Long> seqs = rows.stream().map(r -> Long.parseLong(r.get("seq"))).toList();
        assertThat(seqs).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aFailureMidExportBreaksTheDownloadInsteadOfEndingItCleanly() throws Exception {
        String user = unique("broken");
        Instant now = AuditEvents.now(server);
        for (int i = 0; i < 8; i++) {
            AuditEvents.append(ctx, IntStream.range(0, 5000).mapToObj(n -> event(user, AuditActions.RECORD_VIEWED,
                    "MobileApp", "online", now, "x".repeat(200))).toList());
        }
        Request request = new Request.Builder().url(server.server().url() + "/api/admin/v1/audit/export.csv"
                        + params("user", user))
                .header("Authorization", "Bearer " + server.admin().bearer())
                .header("Accept-Encoding", "identity").build();
        try (Response response = server.admin().okHttp().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            InputStream body = response.body().byteStream();
            assertThat(body.readNBytes(1024)).hasSize(1024);
            Thread.sleep(500); // the server is now blocked writing: the socket buffers are full
            ctx.db().txRun(sql -> sql.update("ALTER TABLE audit_events RENAME TO audit_events_away"));
            try {
                assertThatThrownBy(() -> body.transferTo(OutputStream.nullOutputStream()))
                        .isInstanceOf(IOException.class);
            } finally {
                ctx.db().txRun(sql -> sql.update("ALTER TABLE audit_events_away RENAME TO audit_events"));
            }
        }
        assertThat(rows(export("user", user))).hasSize(40_000);
    }

    @Test
    void isAnAttachedCsvFile() {
        Http.Reply reply = export("limit", "5");

        assertThat(reply.headers().get("Content-Type")).startsWith("text/csv");
        assertThat(reply.headers().get("Content-Disposition")).startsWith("attachment; filename=\"roamvault-audit-")
                .endsWith(".csv\"");
    }

    @Test
    void needsASecurityAdministrator() {
        Http.Reply anonymous = server.client().get("/api/admin/v1/audit/export.csv");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.error()).isEqualTo("unauthorized");
    }
}
