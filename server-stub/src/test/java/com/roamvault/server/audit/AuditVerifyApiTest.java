package com.roamvault.server.audit;

import static com.roamvault.server.support.AuditEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AuditEvents;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each test tampers with the stored log through SQL, checks what verify reports, and repairs it. */
class AuditVerifyApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        ctx = server.server().wiring();
        Instant now = AuditEvents.now(server);
        // more than two verification chunks, so tampering can sit past a chunk boundary
        AuditEvents.append(ctx, IntStream.range(0, 2 * AuditVerifier.CHUNK + 500).mapToObj(i -> event("user" + i % 7,
                AuditActions.RECORD_VIEWED, "MobileApp", i % 3 == 0 ? "offline" : "online", now, "n=" + i)).toList());
    }

    @AfterEach
    void logIsIntactAgain() {
        assertThat(verify().ok()).as("the test repaired what it broke").isTrue();
    }

    static AuditVerifyResult verify() {
        Http.Reply reply = server.admin().get("/api/admin/v1/audit/verify");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.as(AuditVerifyResult.class);
    }

    static long lastSeq() {
        return ctx.db().read(sql -> sql.count("SELECT last_seq FROM audit_head WHERE id = 1"));
    }

    static void sql(String statement, Object... params) {
        ctx.db().txRun(sql -> sql.update(statement, params));
    }

    static Object[] row(long seq) {
        return ctx.db().read(sql -> sql.one("SELECT " + AuditRows.COLUMNS + " FROM audit_events WHERE seq = ?", rs -> {
            Object[] values = new Object[17];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(i + 1);
            }
            return values;
        }, seq)).orElseThrow();
    }

    static void reinsert(Object[] row) {
        sql("INSERT INTO audit_events (" + AuditRows.COLUMNS + ") VALUES (" + com.roamvault.server.store.Sql.placeholders(17)
                + ")", row);
    }

    @Test
    void anIntactLogVerifiesToTheLastEvent() {
        AuditVerifyResult result = verify();

        assertThat(result.ok()).isTrue();
        assertThat(result.checked()).isEqualTo(lastSeq()).isGreaterThan(2L * AuditVerifier.CHUNK);
        assertThat(result.firstBadSeq()).isNull();
        assertThat(server.admin().get("/api/admin/v1/audit/verify").body()).doesNotContain("firstBadSeq");
    }

    @Test
    void anEditedDetailIsFoundAtItsSeq() {
        long seq = AuditVerifier.CHUNK + 17;
        String original = (String) row(seq)[14];
        sql("UPDATE audit_events SET detail = ? WHERE seq = ?", "nothing happened", seq);
        try {
            AuditVerifyResult result = verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(seq);
            assertThat(result.checked()).isEqualTo(seq - 1);
        } finally {
            sql("UPDATE audit_events SET detail = ? WHERE seq = ?", original, seq);
        }
    }

    @Test
    void anEditedTimeOrUserIsFound() {
        long seq = 42;
        Object[] original = row(seq);
        sql("UPDATE audit_events SET occurred_at = occurred_at + 1, username = ? WHERE seq = ?", "someone-else", seq);
        try {
            assertThat(verify().firstBadSeq()).isEqualTo(seq);
        } finally {
            sql("UPDATE audit_events SET occurred_at = ?, username = ? WHERE seq = ?", original[2], original[4], seq);
        }
    }

    @Test
    void aChangedHashIsFound() {
        long seq = 2L * AuditVerifier.CHUNK;
        String original = (String) row(seq)[15];
        sql("UPDATE audit_events SET hash = ? WHERE seq = ?", "f".repeat(64), seq);
        try {
            AuditVerifyResult result = verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(seq);
        } finally {
            sql("UPDATE audit_events SET hash = ? WHERE seq = ?", original, seq);
        }
    }

    @Test
    void aDeletedEventIsFound() {
        long seq = AuditVerifier.CHUNK;  // the last of the first chunk
        Object[] original = row(seq);
        sql("DELETE FROM audit_events WHERE seq = ?", seq);
        try {
            AuditVerifyResult result = verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(seq);
        } finally {
            reinsert(original);
        }
    }

    @Test
    void deletedNewestEventsAreFound() {
        long last = lastSeq();
        Object[] newest = row(last);
        Object[] previous = row(last - 1);
        sql("DELETE FROM audit_events WHERE seq >= ?", last - 1);
        try {
            AuditVerifyResult result = verify();

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(last - 1);
        } finally {
            reinsert(previous);
            reinsert(newest);
        }
    }

    @Test
    void eventsAppendedAfterwardsKeepTheChainValid() {
        AuditEvents.append(ctx, List.of(event("late", AuditActions.CACHE_LOCKED, "MobileApp", "offline",
                AuditEvents.now(server), null)));

        assertThat(verify().checked()).isEqualTo(lastSeq());
    }

    @Test
    void needsASecurityAdministrator() {
        assertThat(server.client().get("/api/admin/v1/audit/verify").status()).isEqualTo(401);
    }
}
