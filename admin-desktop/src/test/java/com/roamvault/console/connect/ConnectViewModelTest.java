package com.roamvault.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestServers;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.SameThreadUiExecutor;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {
    private static RoamvaultServer server;

    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private ConnectViewModel viewModel() {
        return new ConnectViewModel(new SameThreadUiExecutor(), dialogs, new KnownServers(dir.resolve("servers.json")));
    }

    private static void fill(ConnectViewModel vm, String url, String pin, String password) {
        vm.serverUrlProperty().set(url);
        vm.pinProperty().set(pin);
        vm.usernameProperty().set(TestServers.ADMIN);
        vm.passwordProperty().set(password);
    }

    @Test
    void connectingRemembersTheServerButNeverThePassword() throws Exception {
        ConnectViewModel vm = viewModel();
        fill(vm, server.url(), server.pin(), TestServers.ADMIN_PASSWORD);

        vm.connect();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.connectionProperty().get().server().pin()).isEqualTo(server.pin());
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        String stored = Files.readString(dir.resolve("servers.json"));
        assertThat(stored).contains(server.pin()).doesNotContain(TestServers.ADMIN_PASSWORD);
        ConnectViewModel next = viewModel();
        assertThat(next.serverUrlProperty().get()).isEqualTo(server.url());
        assertThat(next.pinProperty().get()).isEqualTo(server.pin());
    }

    @Test
    void wrongPinSaysSoAndConnectsNothing() {
        ConnectViewModel vm = viewModel();
        fill(vm, server.url(), TestServers.WRONG_PIN, TestServers.ADMIN_PASSWORD);

        vm.connect();

        assertThat(vm.errorProperty().get()).contains("does not match the pin").contains("pin_mismatch");
        assertThat(vm.connectionProperty().get()).isNull();
        assertThat(Files.exists(dir.resolve("servers.json"))).isFalse();
    }

    @Test
    void garbledPinSaysWhatAPinLooksLike() {
        ConnectViewModel vm = viewModel();
        fill(vm, server.url(), "sha256/too-short", TestServers.ADMIN_PASSWORD);

        vm.connect();

        assertThat(vm.errorProperty().get()).contains("sha256/ followed by 44 base64 characters").contains("invalid_pin");
    }

    @Test
    void wrongPasswordSaysWrongCredentials() {
        ConnectViewModel vm = viewModel();
        fill(vm, server.url(), server.pin(), "nope-nope");

        vm.connect();

        assertThat(vm.errorProperty().get()).contains("Wrong username or password");
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void serverDownSaysItCannotBeReached() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        ConnectViewModel vm = viewModel();
        fill(vm, "https://127.0.0.1:" + freePort, server.pin(), "x");

        vm.connect();

        assertThat(vm.errorProperty().get()).contains("cannot be reached").contains("network_unavailable");
    }

    @Test
    void connectNeedsEveryField() {
        ConnectViewModel vm = viewModel();
        fill(vm, server.url(), server.pin(), "");

        assertThat(vm.canConnectProperty().get()).isFalse();
        vm.connect();
        assertThat(vm.connectionProperty().get()).isNull();
    }

    @Test
    void forgettingAServerAsksFirst() throws Exception {
        new KnownServers(dir.resolve("servers.json")).remember(new KnownServer("https://old:8443", server.pin()));
        ConnectViewModel vm = viewModel();
        dialogs.answer = false;
        vm.forget(vm.knownServers().get(0));
        assertThat(vm.knownServers()).hasSize(1);

        dialogs.answer = true;
        vm.forget(vm.knownServers().get(0));

        assertThat(vm.knownServers()).isEmpty();
        assertThat(new KnownServers(dir.resolve("servers.json")).load()).isEmpty();
    }

    @Test
    void lockoutSaysHowLongToWait() throws Exception {
        try (RoamvaultServer lonely = TestServers.start()) {
            ConnectViewModel vm = viewModel();
            for (int i = 0; i < 10 && !vm.errorProperty().get().contains("account_locked"); i++) {
                fill(vm, lonely.url(), lonely.pin(), "wrong-guess");
                vm.connect();
            }

            assertThat(vm.errorProperty().get()).contains("locked").containsPattern("Try again in \\d+ (min|s)");
        }
    }

    @Test
    void trustOnFirstUseShowsTheServersPinAndFillsItOnlyWhenTheAdminAgrees() {
        ConnectViewModel vm = viewModel();
        vm.pinProperty().set("");
        vm.serverUrlProperty().set(server.url());

        dialogs.answer = false;
        vm.fetchPin();
        assertThat(dialogs.asked).containsExactly(ConnectViewModel.TRUST_TITLE);
        assertThat(dialogs.messages.get(0)).contains(server.pin());
        assertThat(vm.pinProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).contains("Not trusted");

        dialogs.answer = true;
        vm.fetchPin();
        assertThat(vm.pinProperty().get()).isEqualTo(server.pin());
        vm.passwordProperty().set(TestServers.ADMIN_PASSWORD);
        vm.connect();
        assertThat(vm.connectionProperty().get()).isNotNull();
    }

    @Test
    void readingThePinOfAServerThatIsDownSaysSoAndAsksNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectViewModel vm = viewModel();
        vm.serverUrlProperty().set("https://127.0.0.1:" + closedPort);

        vm.fetchPin();

        assertThat(dialogs.asked).isEmpty();
        assertThat(vm.errorProperty().get()).containsIgnoringCase("cannot be reached");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
