package com.roamvault.server.atrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.crypt.DataKeyException;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.TestDatabases;
import com.roamvault.server.support.TestServer;
import com.roamvault.server.vault.VaultRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A start with a wrong, missing or unsafe key-encryption key says so in one sentence, exits
 * non-zero and changes nothing: the database is untouched and starts again with the right key.
 */
class DataKeyStartupApiTest {
    private Path data;
    private ServerConfig config;
    private VaultRecord record;

    @BeforeEach
    void aServerThatSealedARecord() {
        data = TestServer.tempDir();
        config = TestServer.config(data);
        try (TestServer server = TestServer.start(config)) {
            Fixtures fixtures = new Fixtures(server);
            record = fixtures.record(fixtures.list("Keys"), "db", "pw-sealed-under-the-first-key");
        }
    }

    @Test
    void aWrongKeyFileIsRefusedInOneSentenceAndTheDatabaseIsUnchanged() throws Exception {
        Path keyFile = data.resolve("keys/data-kek.key");
        byte[] rightKey = Files.readAllBytes(keyFile);
        String before = contentOf(config.effectiveJdbcUrl());
        writeKey(keyFile, randomKey());

        assertThatThrownBy(() -> RoamvaultServer.start(config)).isInstanceOf(DataKeyException.class)
                .satisfies(e -> assertOneSentence(e.getMessage()))
                .hasMessageContaining("does not unlock").hasMessageContaining(keyFile.toString());
        assertThat(contentOf(config.effectiveJdbcUrl())).isEqualTo(before);

        Files.write(keyFile, rightKey);
        assertStartsWithTheRecordIntact();
    }

    @Test
    void aMissingKeyFileIsRefusedAndNotMadeAgain() throws Exception {
        Path keyFile = data.resolve("keys/data-kek.key");
        byte[] rightKey = Files.readAllBytes(keyFile);
        Files.delete(keyFile);

        assertThatThrownBy(() -> RoamvaultServer.start(config)).isInstanceOf(DataKeyException.class)
                .satisfies(e -> assertOneSentence(e.getMessage())).hasMessageContaining("is missing");
        assertThat(keyFile).doesNotExist();

        Files.write(keyFile, rightKey);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        assertStartsWithTheRecordIntact();
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Path keyFile = data.resolve("keys/data-kek.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> RoamvaultServer.start(config)).isInstanceOf(DataKeyException.class)
                .satisfies(e -> assertOneSentence(e.getMessage())).hasMessageContaining("chmod 600");
    }

    @Test
    void theCommandLineSaysItInOneLineAndExitsNonZero() throws Exception {
        assumeFalse(TestDatabases.postgres(), "the command line's default database is the H2 file");
        writeKey(data.resolve("keys/data-kek.key"), randomKey());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.roamvault.server.ServerMain",
                "--data", data.toString(), "--port", "0"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        String line = out.lines().filter(l -> l.startsWith("roamvault-server: ")).findFirst().orElseThrow();
        assertOneSentence(line.substring("roamvault-server: ".length()));
        assertThat(line).contains("does not unlock");
        assertThat(out).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private void assertStartsWithTheRecordIntact() {
        try (TestServer server = TestServer.start(config)) {
            assertThat(server.admin().get("/api/admin/v1/records/" + record.id()).json()
                    .get("password").asText()).isEqualTo("pw-sealed-under-the-first-key");
        }
    }

    private static void assertOneSentence(String message) {
        assertThat(message).doesNotContain("\n").endsWith(".");
        assertThat(message.substring(0, message.length() - 1)).doesNotContain(". ");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static void writeKey(Path file, byte[] key) throws Exception {
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** Every row of every table, migration history included, as text (H2 rewrites its file on any open). */
    private static String contentOf(String jdbcUrl) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables.stream().sorted().toList()) {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    out.append(table).append('\n');
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
