package com.roamvault.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.server.dmz.AppServerKeys;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.ServerProcess;
import com.roamvault.server.support.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The server as its users start it: a process with flags, a READY line, clear messages on bad first runs. */
class ServerCliTest {
    private static final String DUMMY_PIN = "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    private static final Pattern READY = Pattern.compile("ROAMVAULT READY url=(https://\\S+) pin=(sha256/\\S+)");

    @Test
    void printsReadyLineAndReusesItsKeysOnTheSecondStart() throws Exception {
        Path data = TestServer.tempDir();
        String firstPin;
        try (Running first = start("--data", data.toString(), "--port", "0", "--admin-password",
                TestServer.ADMIN_PASSWORD)) {
            Matcher m = first.awaitReady();
            assertThat(m.group(1)).startsWith("https://127.0.0.1:");
            firstPin = m.group(2);
            assertThat(first.output()).doesNotContain(TestServer.ADMIN_PASSWORD);
        }
        try (Running second = start("--data", data.toString(), "--port", "0")) {
            assertThat(second.awaitReady().group(2)).isEqualTo(firstPin);
            assertThat(second.output()).doesNotContain("generated now");
        }
        // the lease key is sealed in the database now; the folder keeps the TLS identity and the KEK
        assertThat(data.resolve("keys/lease-ed25519.key")).doesNotExist();
        for (String secret : new String[] {"keys/data-kek.key", "keys/tls.p12", "keys/tls.pass"}) {
            assertThat(Files.getPosixFilePermissions(data.resolve(secret)).toString())
                    .as(secret).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        }
    }

    @Test
    void withoutAnAdminPasswordOneIsGeneratedAndShownOnce() throws Exception {
        try (Running server = start("--data", TestServer.tempDir().toString(), "--port", "0")) {
            server.awaitReady();
            assertThat(server.output()).containsPattern("Admin login: +admin / \\S{20,}");
        }
    }

    @Test
    void portInUseGetsAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Result r = run("--data", TestServer.tempDir().toString(), "--port", Integer.toString(taken.getLocalPort()),
                    "--admin-password", TestServer.ADMIN_PASSWORD);
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.output).contains("already in use").doesNotContain("\tat ");
        }
    }

    @Test
    void unreachableDatabaseGetsAClearMessage() throws Exception {
        Result r = run("--data", TestServer.tempDir().toString(), "--port", "0",
                "--db", "jdbc:postgresql://127.0.0.1:1/nowhere?user=x&password=secret-db-pw&connectTimeout=2");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output).contains("Cannot open the database").doesNotContain("secret-db-pw").doesNotContain("\tat ");
    }

    @Test
    void unwritableDataFolderGetsAClearMessage() throws Exception {
        Path file = Files.createTempFile("not-a-folder", ".txt");
        Result r = run("--data", file.resolve("inside").toString(), "--port", "0");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output).contains("data folder").doesNotContain("\tat ");
    }

    @Test
    void helpListsEveryFlag() throws Exception {
        Result r = run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.output).contains("--data", "--port", "--db", "--admin-password", "--demo", "--host", "--role",
                "--internal-port", "--internal-host", "--app-server-pin", "--public-url", "--public-pin", "--core-url",
                "--core-pin", "--print-pin");
    }

    @Test
    void anAppServerWithoutTheCoresAddressGetsAClearMessage() throws Exception {
        Result r = run("--role", "app-server", "--data", TestServer.tempDir().toString(), "--port", "0");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output).contains("--role app-server needs --core-url").doesNotContain("\tat ");
    }

    @Test
    void dmzFlagsThatCannotWorkGetClearMessages() throws Exception {
        String data = TestServer.tempDir().toString();
        assertThat(run("--role", "core", "--data", data, "--port", "0").output)
                .contains("--role core needs --app-server-pin");
        assertThat(run("--role", "core", "--data", data, "--port", "0", "--app-server-pin", DUMMY_PIN,
                "--public-url", "https://127.0.0.1:8443").output)
                .contains("--role core needs --public-pin");
        Result malformed = run("--role", "core", "--data", data, "--port", "0", "--app-server-pin", DUMMY_PIN,
                "--app-server-pin", "sha256/abc", "--public-url", "https://127.0.0.1:8443", "--public-pin", DUMMY_PIN);
        assertThat(malformed.exit).isEqualTo(2);
        assertThat(malformed.output.strip()).isEqualTo("roamvault-server: --app-server-pin: the pin 'sha256/abc' is "
                + "not a SHA-256 hash (32 bytes)");
        Result badHost = run("--role", "core", "--data", data, "--port", "0", "--app-server-pin", DUMMY_PIN,
                "--public-url", "https://127.0.0.1:8443", "--public-pin", DUMMY_PIN, "--internal-host", "192.0.2.1");
        assertThat(badHost.exit).isEqualTo(2);
        assertThat(badHost.output.strip()).isEqualTo("roamvault-server: --internal-host must be an address of this "
                + "machine such as 127.0.0.1 or 0.0.0.0, not '192.0.2.1'");
        assertThat(run("--role", "app-server", "--data", data, "--port", "0", "--core-url", "http://core:8444",
                "--core-pin", DUMMY_PIN).output).contains("--core-url must be an https URL");
        assertThat(run("--role", "app-server", "--data", data, "--port", "0", "--core-url", "https://core:8444",
                "--core-pin", DUMMY_PIN, "--demo").output).contains("The App Server has no database");
        Result unknown = run("--role", "gateway", "--data", data);
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.output).contains("--role must be all-in-one, core or app-server").doesNotContain("\tat ");
    }

    /**
     * The README's DMZ recipe, as processes: the App Server's two pins, the core (its internal port on
     * another address than its public one), the App Server, a phone through it; the App Server's
     * folder then holds its two TLS keys and nothing of the vault.
     */
    @Test
    void aCoreAndAnAppServerStartedFromTheCommandLineServeAPhone() throws Exception {
        Path appData = TestServer.tempDir();
        Result printed = run("--role", "app-server", "--data", appData.toString(), "--print-pin");
        assertThat(printed.exit).isZero();
        AppServerKeys keys = AppServerKeys.loadOrCreate(appData);
        assertThat(printed.output.lines().toList()).containsExactly(
                "client pin (give to the core's --app-server-pin): " + keys.clientPin(),
                "phone pin (give to the core's --public-pin; phones pin it): " + keys.phonePin());
        assertThat(run("--data", appData.toString(), "--print-pin").output).isEqualTo(printed.output);
        int appPort;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            appPort = free.getLocalPort();
        }
        try (ServerProcess core = ServerProcess.start("--role", "core", "--data", TestServer.tempDir().toString(),
                "--port", "0", "--internal-port", "0", "--internal-host", "127.0.0.2", "--demo",
                "--app-server-pin", keys.clientPin(), "--public-url", "https://127.0.0.1:" + appPort,
                "--public-pin", keys.phonePin());
             ServerProcess appServer = ServerProcess.start("--role", "app-server", "--data", appData.toString(),
                     "--port", Integer.toString(appPort), "--core-url", core.internalUrl(), "--core-pin", core.pin())) {
            assertThat(core.url()).startsWith("https://127.0.0.1:");
            assertThat(core.internalUrl()).startsWith("https://127.0.0.2:");
            int internalPort = URI.create(core.internalUrl()).getPort();
            assertThatThrownBy(() -> new Socket("127.0.0.1", internalPort).close()).isInstanceOf(ConnectException.class);
            assertThat(appServer.url()).isEqualTo("https://127.0.0.1:" + appPort);
            assertThat(appServer.pin()).isEqualTo(keys.phonePin());

            Http phone = Http.pinned(appServer.url(), keys.tls().certificate(), keys.phonePin());
            Http.Reply login = Phone.loginReply(phone, "CORP\\jsmith", "jsmith-orbit-lantern-quartz-97", null);
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            phone.bearer(login.json().get("accessToken").asText());
            assertThat(phone.get("/api/mobile/v1/sync").json().get("records")).isNotEmpty();
        }
        try (Stream<Path> files = Files.walk(appData)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> appData.relativize(f).toString()).sorted())
                    .containsExactly("keys/client.p12", "keys/client.pass", "keys/tls.p12", "keys/tls.pass");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... args) throws Exception {
        Process p = process(args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static ProcessBuilder process(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.roamvault.server.ServerMain"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    private static Running start(String... args) throws IOException {
        return new Running(process(args).start());
    }

    private static final class Running implements AutoCloseable {
        private final Process process;
        private final StringBuilder output = new StringBuilder();

        Running(Process process) {
            this.process = process;
        }

        Matcher awaitReady() throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.currentTimeMillis() + 60_000;
            String line;
            while (System.currentTimeMillis() < deadline && (line = reader.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
            throw new AssertionError("No READY line; output was:\n" + output);
        }

        String output() {
            return output.toString();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
