package com.roamvault.console.audit;

import static com.roamvault.console.TestPhone.journalEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.console.ClientFailures;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.SameThreadUiExecutor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV export of the filter in effect: the file appears whole, or not at all. */
class AuditExportViewModelTest {
    private static RoamvaultServer server;
    private static AdminClient client;
    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        client = RoamvaultClient.connect(server.url(), server.pin()).admin();
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void exportWritesTheHeaderAndExactlyTheFilteredEvents() throws Exception {
        TestPhone phone = TestPhone.register(server, "CORP\\sgarcia", "Exporting phone");
        phone.uploadAudit(IntStream.range(0, 30).mapToObj(i -> journalEvent(AuditActions.RECORD_VIEWED, "offline",
                Instant.now().minusSeconds(600 - i), "export-" + i)).toList());
        AuditViewModel vm = new AuditViewModel(new SameThreadUiExecutor(), AuditApi.of(client), ZoneOffset.UTC);
        vm.filters().userProperty().set("CORP\\sgarcia");
        vm.filters().originProperty().set("offline");
        vm.apply();
        vm.filters().userProperty().set("someone else, typed but not applied");
        Path target = dir.resolve("audit.csv");

        vm.exportTo(target);

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("seq,id,occurredAt,receivedAt,username,deviceId,platform,action");
        assertThat(lines.subList(1, lines.size())).hasSize(30)
                .allSatisfy(l -> assertThat(l).contains("CORP\\sgarcia").contains(",offline,"));
        assertThat(lines.get(1)).contains("export-29");
        long size = Files.size(target);
        assertThat(vm.export().statusProperty().get()).isEqualTo("Exported " + String.format("%,d", size)
                + " bytes to " + target.toAbsolutePath());
        assertThat(vm.export().bytesProperty().get()).isEqualTo(size);
        assertThat(vm.export().runningProperty().get()).isFalse();
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aFailedExportLeavesNoPartialFileAndKeepsTheOldOne() throws Exception {
        Path target = dir.resolve("audit.csv");
        Files.writeString(target, "last month's export");
        AuditExportViewModel export = new AuditExportViewModel(new SameThreadUiExecutor(), failingAfter(3));

        export.start(AuditFilter.ALL, target);

        assertThat(export.errorProperty().get()).startsWith("Export failed, nothing was written")
                .contains("cannot be reached");
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(Files.readString(target)).isEqualTo("last month's export");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aFailedExportToANewFileCreatesNothing() throws Exception {
        Path target = dir.resolve("new.csv");
        AuditExportViewModel export = new AuditExportViewModel(new SameThreadUiExecutor(), failingAfter(2));

        export.start(AuditFilter.ALL, target);

        assertThat(export.errorProperty().get()).isNotEmpty();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void cancellingStopsTheExportAndWritesNothing() throws Exception {
        Path target = dir.resolve("cancelled.csv");
        AuditExportViewModel export = new AuditExportViewModel(new SameThreadUiExecutor(), chunks(1000));
        // the admin presses Cancel once some progress shows
        export.bytesProperty().addListener((obs, old, now) -> {
            if (now.longValue() >= 3 * 1024) {
                export.cancel();
            }
        });

        export.start(AuditFilter.ALL, target);

        assertThat(export.statusProperty().get()).isEqualTo("Export cancelled; nothing was written.");
        assertThat(export.errorProperty().get()).isEmpty();
        assertThat(export.bytesProperty().get()).isLessThan(10 * 1024);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void theServerRefusingTheFilterIsShown() throws Exception {
        AuditExportViewModel export = new AuditExportViewModel(new SameThreadUiExecutor(), AuditApi.of(client));
        Path target = dir.resolve("refused.csv");

        export.start(new AuditFilter(null, null, "blackberry", null, null, null, null), target);

        assertThat(export.errorProperty().get()).contains("platform must be one of").contains("bad_request");
        assertThat(filesIn(dir)).isEmpty();
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** A server that sends some CSV, then the connection drops. */
    private static AuditApi failingAfter(int kilobytes) {
        return new StreamingApi() {
            @Override
            public long export(AuditFilter query, OutputStream out, LongConsumer bytesSoFar)
                    throws RoamvaultClientException {
                write(out, bytesSoFar, kilobytes);
                throw ClientFailures.unreachable("connection reset");
            }
        };
    }

    /** A long export, a kilobyte at a time. */
    private static AuditApi chunks(int kilobytes) {
        return new StreamingApi() {
            @Override
            public long export(AuditFilter query, OutputStream out, LongConsumer bytesSoFar)
                    throws RoamvaultClientException {
                return write(out, bytesSoFar, kilobytes);
            }
        };
    }

    private abstract static class StreamingApi implements AuditApi {
        @Override
        public AuditPage page(AuditFilter query, int limit, Long before) {
            throw new UnsupportedOperationException("this fake server only streams exports");
        }

        @Override
        public AuditVerifyResult verify() {
            throw new UnsupportedOperationException("this fake server only streams exports");
        }

        static long write(OutputStream out, LongConsumer bytesSoFar, int kilobytes) throws RoamvaultClientException {
            try {
                long total = 0;
                for (int i = 0; i < kilobytes; i++) {
                    out.write(new byte[1024]);
                    total += 1024;
                    bytesSoFar.accept(total);
                }
                return total;
            } catch (IOException e) {
                throw ClientFailures.unreachable(e.getMessage());
            }
        }
    }
}
