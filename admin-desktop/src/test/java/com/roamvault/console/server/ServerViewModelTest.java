package com.roamvault.console.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.console.ClientFailures;
import com.roamvault.protocol.admin.AppServerContact;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.ui.SameThreadUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServerViewModelTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.ofHours(1));
    static final String KEY = "cf4f57b33943f413d77d986724ab4a33a123ba0f";

    private final AtomicReference<Object> answer = new AtomicReference<>();
    private final ServerViewModel vm = new ServerViewModel(new SameThreadUiExecutor(), () -> {
        if (answer.get() instanceof RoamvaultClientException e) {
            throw e;
        }
        return (ServerInfo) answer.get();
    }, CLOCK);

    static ServerInfo dmz(List<AppServerContact> appServers) {
        return new ServerInfo("0.1.0", 3 * 3600 + 125, "dmz-core", "sha256/pin", "lease", KEY, appServers,
                Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
    }

    @Test
    void aDmzCoreIsExplainedWithItsAppServersLastContactRelativeAndInTheAdminsZone() {
        answer.set(dmz(List.of(new AppServerContact("sha256/used", NOW.minusSeconds(7 * 60 + 5)),
                new AppServerContact("sha256/idle", null))));
        vm.load();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.topologyProperty().get()).isEqualTo("DMZ (this is the core)");
        assertThat(vm.explainedProperty().get()).contains("App Servers in the DMZ");
        assertThat(vm.uptimeProperty().get()).isEqualTo("3 h 2 min (since 2026-12-07 12:57:55)");
        assertThat(vm.dmzProperty().get()).isTrue();
        assertThat(vm.appServers()).containsExactly(new AppServerRow("sha256/used", "7 min ago (2026-12-07 15:52:55)"),
                new AppServerRow("sha256/idle", "never"));
        assertThat(vm.pinQrProperty().get()).containsExactly(1, 2, 3);
    }

    @Test
    void theKeyIsMaskedUntilRevealedAndMaskedAgainWhenTheScreenIsLeft() {
        answer.set(dmz(List.of()));
        vm.load();
        assertThat(vm.shownApiKeyProperty().get()).isEqualTo(ServerViewModel.MASK).doesNotContain(KEY);
        assertThat(vm.systemApiKey()).isEqualTo(KEY);

        vm.toggleReveal();
        assertThat(vm.shownApiKeyProperty().get()).isEqualTo(KEY);
        vm.hidden();
        assertThat(vm.shownApiKeyProperty().get()).isEqualTo(ServerViewModel.MASK);
    }

    @Test
    void aFailureSaysWhatTheConsoleSaysEverywhereAndKeepsWhatWasShown() {
        answer.set(dmz(List.of()));
        vm.load();
        answer.set(ClientFailures.unreachable("connection refused"));
        vm.load();

        assertThat(vm.errorProperty().get()).startsWith("The server cannot be reached.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pinProperty().get()).isEqualTo("sha256/pin");
    }

    @Test
    void aServerThatSendsNoQrCodeStillShowsThePin() {
        answer.set(new ServerInfo("0.1.0", 5, "all-in-one", "sha256/pin", "lease", KEY, List.of()));
        vm.load();
        assertThat(vm.pinQrProperty().get()).isNull();
        assertThat(vm.pinProperty().get()).isEqualTo("sha256/pin");
        assertThat(vm.dmzProperty().get()).isFalse();
        assertThat(vm.uptimeProperty().get()).isEqualTo("5 s (since 2026-12-07 15:59:55)");
    }
}
