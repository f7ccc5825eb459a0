package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo opens the console connected: the arguments fill the connect screen; the password never comes from them. */
class LaunchArgumentsTest {

    @Test
    void argumentsFillTheConnectScreenAndThePasswordComesOnlyFromTheEnvironment() throws Exception {
        ConnectViewModel connect = new ConnectViewModel(new SameThreadUiExecutor(), null,
                new KnownServers(Files.createTempDirectory("rv-known").resolve("servers.json")));
        ConsoleApp.connectFromLaunchArguments(connect, Map.of("server-url", "https://127.0.0.1:1", "pin",
                "sha256/abc", "user", "admin", "password", "from-args"), null);
        assertThat(connect.serverUrlProperty().get()).isEqualTo("https://127.0.0.1:1");
        assertThat(connect.pinProperty().get()).isEqualTo("sha256/abc");
        assertThat(connect.usernameProperty().get()).isEqualTo("admin");
        assertThat(connect.passwordProperty().get()).isNullOrEmpty();
    }

    @Test
    void withoutServerAndPinNothingIsFilled() throws Exception {
        ConnectViewModel connect = new ConnectViewModel(new SameThreadUiExecutor(), null,
                new KnownServers(Files.createTempDirectory("rv-known").resolve("servers.json")));
        ConsoleApp.connectFromLaunchArguments(connect, Map.of(), "pw");
        assertThat(connect.serverUrlProperty().get()).isNullOrEmpty();
    }
}
