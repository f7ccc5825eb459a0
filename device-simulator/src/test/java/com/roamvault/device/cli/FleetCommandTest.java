package com.roamvault.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.support.EmbeddedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code roamvault-device fleet} from the command line: clear answers to bad flags, and a small real run. */
class FleetCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run fleet(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DeviceMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "fleet";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cli.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertRefused(Run run, String message) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
    }

    @Test
    void badFlagsAreRefusedWithAClearMessageAndExitCode2(@TempDir Path dir) throws Exception {
        assertRefused(fleet("--embedded"), "Missing required option: '--devices=N'");
        assertRefused(fleet("--devices", "many", "--embedded"), "Invalid value for option '--devices': 'many' is not an int");
        assertRefused(fleet("--devices", "0", "--embedded"), "--devices must be from 1 to 5000, not 0");
        assertRefused(fleet("--devices", "5001", "--embedded"), "--devices must be from 1 to 5000, not 5001");
        assertRefused(fleet("--devices", "5", "--embedded", "--concurrency", "0"), "--concurrency must be from 1 to 256");
        assertRefused(fleet("--devices", "5"), "give either --embedded or --server-url");
        assertRefused(fleet("--devices", "5", "--embedded", "--server-url", "https://127.0.0.1:8443"),
                "give either --embedded or --server-url");
        assertRefused(fleet("--devices", "5", "--server-url", "http://127.0.0.1:8443", "--pin", "sha256/x",
                "--admin-password", "pw"), "--server-url must be an https:// URL");
        assertRefused(fleet("--devices", "5", "--server-url", "https://127.0.0.1:8443", "--admin-password", "pw"),
                "--server-url needs --pin sha256/...");
        assertRefused(fleet("--devices", "5", "--server-url", "https://127.0.0.1:8443", "--pin", "sha256/x"),
                "--server-url needs --admin-password");
        Files.writeString(dir.resolve("left-over"), "x");
        assertRefused(fleet("--devices", "5", "--embedded", "--data", dir.toString()), "is not empty");
        assertRefused(fleet("--devices", "5", "--embedded", "--no-such-flag"), "Unknown option: '--no-such-flag'");
    }

    @Test
    void aWrongAdminPasswordIsAClearFailureWithExitCode1(@TempDir Path dir) {
        try (EmbeddedServer server = EmbeddedServer.start()) {
            Run run = fleet("--devices", "2", "--server-url", server.uri().toString(), "--pin", server.pin(),
                    "--admin-password", "not-the-password", "--insecure-test-kdf", "--data", dir.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("fleet: ", "invalid_credentials").doesNotContain("\tat ");
        }
    }

    @Test
    void anEmbeddedRunPrintsItsServerAndAPassingReport(@TempDir Path dir) {
        Run run = fleet("--devices", "3", "--embedded", "--insecure-test-kdf", "--records", "5", "--data",
                dir.resolve("fleet").toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("embedded server: https://127\\.0\\.0\\.1:\\d+ pin=sha256/")
                .contains("audit       expected 27, server has 27, lost 0, doubled 0", "RESULT      PASS");
    }
}
