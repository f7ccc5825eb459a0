package com.roamvault.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.ui.SameThreadUiExecutor;
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

    @Test
    void scaleArgumentIsAFactorOrAPercentageWithinReason() {
        assertThat(UiScale.parse(new String[] {"--server-url=https://h:1", "--scale=1.5"})).contains(1.5);
        assertThat(UiScale.parse(new String[] {"--scale=150%"})).contains(1.5);
        assertThat(UiScale.parse(new String[] {"--scale=2"})).contains(2.0);
        assertThat(UiScale.parse(new String[] {"--scale=huge"})).isEmpty();
        assertThat(UiScale.parse(new String[] {"--scale=40"})).isEmpty();
        assertThat(UiScale.parse(new String[] {"--scale="})).isEmpty();
        assertThat(UiScale.parse(new String[] {"--pin=x"})).isEmpty();
        assertThat(UiScale.parse(null)).isEmpty();
    }

    @Test
    void scaleArgumentBecomesTheGlassUiScaleUnlessOneWasGivenWithD() {
        String gtk = System.getProperty(UiScale.GTK);
        String windows = System.getProperty(UiScale.WINDOWS);
        try {
            System.clearProperty(UiScale.GTK);
            System.setProperty(UiScale.WINDOWS, "2.0");

            UiScale.apply(new String[] {"--scale=150%"});

            assertThat(System.getProperty(UiScale.GTK)).isEqualTo("1.5");
            assertThat(System.getProperty(UiScale.WINDOWS)).isEqualTo("2.0");
        } finally {
            restore(UiScale.GTK, gtk);
            restore(UiScale.WINDOWS, windows);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
