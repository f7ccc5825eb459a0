package com.roamvault.server.atrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.VaultRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * DESIGN.md "Secrets at rest on the server": after the demo data and a phone's round of work, no
 * record password, note or master-password hash is readable in the data folder (H2) or in a
 * pg_dump (PostgreSQL), and none reaches the log; a sealed value moved to another row is refused.
 */
class SecretsAtRestApiTest {
    private static final String UNICODE_PASSWORD = "Zebra-Ünïcødé-✓-" + UUID.randomUUID();
    private static final String NOTE = "rack key is under the mat " + UUID.randomUUID();
    /** A base32 OTP secret of its own (the demo's records carry others). */
    private static final String OTP_SECRET = base32Secret();

    @Test
    void afterTheDemoAndAPhonesWorkNoSecretIsInTheDataFolderNorTheLog() throws Exception {
        assumeFalse(TestDatabases.postgres(), "the H2 file is the embedded database's");
        Path data = TestServer.tempDir();
        List<String> markers;
        ListAppender<ILoggingEvent> log = captureLog();
        try (TestServer server = TestServer.start(TestServer.config(data).withDemo(true))) {
            markers = useLikeADay(server);
        } finally {
            releaseLog(log);
        }
        assertThat(markers).hasSizeGreaterThan(20);
        assertThat(SecretScan.folder(data, markers)).as("secrets readable in the data folder").isEmpty();
        assertThat(data.resolve("keys")).isDirectoryNotContaining("glob:**/{lease-ed25519.*,system-api-key}");
        assertThat(SecretScan.bytes(String.join("\n", messages(log)).getBytes(StandardCharsets.UTF_8), markers))
                .as("secrets in the log").isEmpty();
    }

    @Test
    void aPgDumpHoldsNoSecret() throws Exception {
        assumeTrue(TestDatabases.postgres(), "runs in the PostgreSQL pass");
        String jdbcUrl = TestDatabases.freshPostgresSchema();
        List<String> markers;
        try (TestServer server = TestServer.start(TestServer.config(TestServer.tempDir()).withDemo(true)
                .withJdbcUrl(jdbcUrl))) {
            markers = useLikeADay(server);
        }
        String schema = jdbcUrl.substring(jdbcUrl.indexOf("currentSchema=") + "currentSchema=".length());
        Process dump = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-n", schema, "test")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] sql = dump.getInputStream().readAllBytes();
        assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dump.exitValue()).isZero();
        assertThat(new String(sql, StandardCharsets.UTF_8)).contains("CREATE TABLE").contains("records");
        assertThat(SecretScan.bytes(sql, markers)).as("secrets readable in pg_dump").isEmpty();
    }

    @Test
    void aSealedPasswordCopiedToAnotherRowIsRefusedAndTheRestStillOpen() {
        try (TestServer server = TestServer.start()) {
            Fixtures fixtures = new Fixtures(server);
            long list = fixtures.list("Copies");
            VaultRecord a = fixtures.record(list, "a", "pw-of-a-" + UUID.randomUUID());
            VaultRecord b = fixtures.record(list, "b", "pw-of-b-" + UUID.randomUUID());
            fixtures.wiring().db().txRun(sql -> sql.update("UPDATE records SET password = "
                    + "(SELECT password FROM records WHERE id = ?) WHERE id = ?", a.id(), b.id()));

            Http admin = server.admin();
            Http.Reply moved = admin.get("/api/admin/v1/records/" + b.id());
            assertThat(moved.status()).isEqualTo(500);
            assertThat(moved.body()).doesNotContain(a.password());
            Http.Reply intact = admin.get("/api/admin/v1/records/" + a.id());
            assertThat(intact.status()).isEqualTo(200);
            assertThat(intact.json().get("password").asText()).isEqualTo(a.password());
        }
    }

    /** Records with known secrets, the demo's own, a phone's login, sync, audit upload and password change. */
    private static List<String> useLikeADay(TestServer server) {
        Fixtures fixtures = new Fixtures(server);
        List<String> markers = new ArrayList<>(List.of(UNICODE_PASSWORD, NOTE, "$argon2id$", OTP_SECRET));
        long list = fixtures.list("At rest");
        String username = DemoSeeder.OVERRIDE_USER;
        long userId = fixtures.wiring().db().read(sql -> sql.one("SELECT id FROM users WHERE username = ?",
                rs -> rs.getLong(1), username)).orElseThrow();
        Http.Reply created = server.admin().post("/api/admin/v1/lists/" + list + "/records",
                Map.of("title", "Core switch", "username", "netadmin", "password", UNICODE_PASSWORD, "notes", NOTE,
                        "otpUri", "otpauth://totp/Corp:netadmin?secret=" + OTP_SECRET + "&issuer=Corp"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // the first values go into the record's history, which must be sealed as well
        Http.Reply changed = server.admin().put("/api/admin/v1/records/" + created.json().get("recordId").asLong(),
                Map.of("password", "second-" + UUID.randomUUID(), "otpUri", "otpauth://totp/Corp:netadmin?secret="
                        + OTP_SECRET.replace('J', 'K') + "&issuer=Corp"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        markers.add(OTP_SECRET.replace('J', 'K'));
        fixtures.grantUser(list, userId, true);

        Phone phone = Phone.login(server, username, DemoSeeder.masterPasswordOf(username));
        phone.sync();
        Http.Reply uploaded = phone.http().post("/api/mobile/v1/audit", Map.of("events", List.of(Map.of(
                "id", UUID.randomUUID().toString(), "occurredAt", server.clock().instant().toString(),
                "action", "PASSWORD_REVEALED", "result", "success", "origin", "offline",
                "recordId", created.json().get("recordId").asLong()))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        markers.add(DemoSeeder.masterPasswordOf(username));
        markers.add(server.server().wiring().keys().systemApiKey());
        markers.add(leasePrivateKey(server));
        fixtures.wiring().db().read(sql -> sql.query("SELECT id FROM password_lists", rs -> rs.getLong(1)))
                .forEach(id -> markers.add(server.admin().get("/api/admin/v1/lists/" + id).json().get("apiKey").asText()));

        fixtures.wiring().db().txRun(sql -> {
            for (long listId : sql.query("SELECT id FROM password_lists", rs -> rs.getLong(1))) {
                for (VaultRecord r : fixtures.wiring().vault().records(sql, listId)) {
                    if (r.password() != null && r.password().length() >= 6) {
                        markers.add(r.password());
                    }
                    if (r.notes() != null && r.notes().length() >= 12) {
                        markers.add(r.notes());
                    }
                    if (r.otpUri() != null) {
                        markers.add(r.otpUri());
                        markers.add(r.otpUri().replaceAll(".*[?&]secret=([^&]+).*", "$1"));
                    }
                }
            }
        });
        return markers;
    }

    private static String base32Secret() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder secret = new StringBuilder("JQ");
        while (secret.length() < 32) {
            secret.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(random.nextInt(32)));
        }
        return secret.toString();
    }

    /** The base64 of the lease signing key's PKCS#8 form, as it would sit in a file or column. */
    private static String leasePrivateKey(TestServer server) {
        try {
            var field = com.roamvault.server.keys.ServerKeys.class.getDeclaredField("leaseKeys");
            field.setAccessible(true);
            java.security.KeyPair pair = (java.security.KeyPair) field.get(server.server().wiring().keys());
            return java.util.Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static void releaseLog(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
    }

    private static List<String> messages(ListAppender<ILoggingEvent> log) {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : log.list) {
            lines.add(e.getFormattedMessage());
            for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getMessage() == null ? "" : t.getMessage());
            }
        }
        return lines;
    }
}
