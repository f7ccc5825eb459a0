package com.roamvault.server.atrest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.crypt.FieldCipher;
import com.roamvault.server.store.migration.V5__Seal_secrets;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.PreviousRelease;
import com.roamvault.server.support.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A database written by the release before secrets at rest (schema 2.3, every secret in plain
 * text) is sealed on the first start, in batches with progress in the log, and loses nothing.
 */
class UpgradeFromPlaintextApiTest {
    private static final int RECORDS = 2500;
    private static final String MASTER = "plain-era-master-password-9";
    private static final String SYSTEM_API_KEY = "feedfacefeedfacefeedfacefeedfacefeedface";
    private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void aPlaintextDatabaseIsSealedOnFirstStartAndEveryRecordIsIntact() throws Exception {
        Path data = TestServer.tempDir();
        ServerConfig config = TestServer.config(data);
        String url = config.effectiveJdbcUrl();
        PreviousRelease.write(url, MASTER, API_KEY, RECORDS);
        java.nio.file.Files.createDirectories(data.resolve("keys"));
        java.nio.file.Files.writeString(data.resolve("keys/system-api-key"), SYSTEM_API_KEY);
        java.security.KeyPair lease = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        java.nio.file.Files.writeString(data.resolve("keys/lease-ed25519.key"), b64.encodeToString(lease.getPrivate().getEncoded()));
        java.nio.file.Files.writeString(data.resolve("keys/lease-ed25519.pub"), b64.encodeToString(lease.getPublic().getEncoded()));

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger migration = (Logger) LoggerFactory.getLogger(V5__Seal_secrets.class);
        migration.addAppender(log);
        try (TestServer server = TestServer.start(config)) {
            assertThat(data.resolve("keys/data-kek.key")).exists();
            var info = server.admin().get("/api/admin/v1/server").json();
            assertThat(info.get("systemApiKey").asText()).isEqualTo(SYSTEM_API_KEY);
            assertThat(info.get("leaseKey").asText()).isEqualTo(b64.encodeToString(lease.getPublic().getEncoded()));
            assertThat(data.resolve("keys")).isDirectoryNotContaining("glob:**/{lease-ed25519.*,system-api-key}");
            long recordId = server.server().wiring().db().read(sql -> sql.count(
                    "SELECT MIN(id) FROM records WHERE title = 'old-1'"));
            var reply = server.admin().get("/api/admin/v1/records/" + recordId);
            assertThat(reply.json().get("password").asText()).isEqualTo("old-password-1");
            assertThat(reply.json().get("notes").asText()).isEqualTo("old note 1 — ünïcødé");

            Phone phone = Phone.login(server, "CORP\\oldtimer", MASTER);
            assertThat(phone.sync().records()).hasSize(RECORDS)
                    .allSatisfy(r -> assertThat(r.password()).isEqualTo("old-" + r.title().replace("old-", "password-")));

            java.util.Optional<com.roamvault.server.vault.PasswordList> byKey = server.server().wiring().db()
                    .read(sql -> server.server().wiring().vault().listByApiKey(sql, API_KEY));
            assertThat(byKey).isPresent();
            try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(
                    "SELECT password, notes FROM records"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(FieldCipher.keyId(rs.getString(1))).isPositive();
                    assertThat(FieldCipher.keyId(rs.getString(2))).isPositive();
                }
            }
        } finally {
            migration.detachAppender(log);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("Sealing secrets at rest: records.password 1000/" + RECORDS,
                        "Sealing secrets at rest: records.password " + RECORDS + "/" + RECORDS,
                        "Sealing secrets at rest: users.master_password_hash 2/2");
    }
}
