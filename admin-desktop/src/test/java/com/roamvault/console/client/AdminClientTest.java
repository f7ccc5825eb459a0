package com.roamvault.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.RoamvaultServer;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdminClientTest {
    private static RoamvaultServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void connectsWithThePinAndReadsServerInfo() throws Exception {
        AdminClient client = AdminClient.of(server.url(), server.pin());
        assertThat(client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD).token()).isNotBlank();

        ServerInfo info = client.serverInfo();

        assertThat(info.pin()).isEqualTo(server.pin());
        assertThat(info.version()).isNotBlank();
    }

    @Test
    void wrongPinIsRefusedBeforeThePasswordIsSent() {
        AdminApiException e = catchThrowableOfType(AdminApiException.class, () ->
                AdminClient.of(server.url(), TestServers.WRONG_PIN).login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD));

        assertThat(e.code()).isEqualTo(AdminApiException.PIN_MISMATCH);
        assertThat(e.status()).isZero();
    }

    @Test
    void malformedPinOrAddressIsRejectedWithoutNetwork() {
        assertThat(catchThrowableOfType(AdminApiException.class, () -> AdminClient.of(server.url(), "abc")).code())
                .isEqualTo(AdminClient.INVALID_PIN);
        assertThat(catchThrowableOfType(AdminApiException.class,
                () -> AdminClient.of("http://localhost:1", server.pin())).code()).isEqualTo(AdminClient.INVALID_SERVER);
    }

    @Test
    void wrongPasswordIsInvalidCredentials() throws Exception {
        AdminApiException e = catchThrowableOfType(AdminApiException.class, () ->
                AdminClient.of(server.url(), server.pin()).login(TestServers.ADMIN, "not-the-password"));

        assertThat(e.code()).isEqualTo("invalid_credentials");
        assertThat(e.status()).isEqualTo(401);
    }

    @Test
    void serverDownIsNetworkUnavailable() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        AdminApiException e = catchThrowableOfType(AdminApiException.class, () ->
                AdminClient.of("https://127.0.0.1:" + freePort, server.pin()).login(TestServers.ADMIN, "x"));

        assertThat(e.code()).isEqualTo(AdminApiException.NETWORK_UNAVAILABLE);
    }

    @Test
    void callsWithoutLoginAreUnauthorized() throws Exception {
        AdminApiException e = catchThrowableOfType(AdminApiException.class,
                () -> AdminClient.of(server.url(), server.pin()).mobileSettings());

        assertThat(e.code()).isEqualTo("unauthorized");
    }

    @Test
    void readsAndChangesGlobalSettingsAndReportsFieldErrors() throws Exception {
        AdminClient client = AdminClient.of(server.url(), server.pin());
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        MobileSettings before = client.mobileSettings();
        int changedDays = before.offlineCacheDays() == 10 ? 11 : 10;

        MobileSettings after = client.updateMobileSettings(new MobileSettingsPatch(null, changedDays, null, null, null,
                null, null, null, null, null, null, null));
        AdminApiException invalid = catchThrowableOfType(AdminApiException.class, () -> client.updateMobileSettings(
                new MobileSettingsPatch(null, -5, null, null, null, null, null, null, null, null, null, null)));

        assertThat(after.offlineCacheDays()).isEqualTo(changedDays);
        assertThat(client.mobileSettings()).isEqualTo(after);
        assertThat(invalid.code()).isEqualTo("validation_failed");
        assertThat(invalid.fields()).containsKey("offlineCacheDays");
    }

    @Test
    void lockoutSaysHowLongToWait() throws Exception {
        // its own server: locking the admin account here must not disturb the other tests
        try (RoamvaultServer lonely = TestServers.start()) {
            AdminClient client = AdminClient.of(lonely.url(), lonely.pin());
            AdminApiException last = null;
            for (int i = 0; i < 10 && (last == null || !"account_locked".equals(last.code())); i++) {
                last = catchThrowableOfType(AdminApiException.class,
                        () -> client.login(TestServers.ADMIN, "wrong-guess"));
            }

            assertThat(last.code()).isEqualTo("account_locked");
            assertThat(last.status()).isEqualTo(423);
            assertThat(last.retryAfterSeconds()).isPositive();
        }
    }

    @Test
    void listsAPhonesDeviceAndRevokesIt() throws Exception {
        AdminClient client = AdminClient.of(server.url(), server.pin());
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        TestPhone phone = TestPhone.register(server, "Client test phone");

        DeviceDetail listed = client.devices(TestPhone.USER).devices().stream()
                .filter(d -> d.deviceId().equals(phone.deviceId())).findFirst().orElseThrow();
        DeviceDetail revoked = client.revokeDevice(phone.deviceId());

        assertThat(listed.deviceName()).isEqualTo("Client test phone");
        assertThat(listed.username()).isEqualToIgnoringCase(TestPhone.USER);
        assertThat(listed.status()).isEqualTo("active");
        assertThat(client.devices(null).devices()).anySatisfy(d -> assertThat(d.deviceId()).isEqualTo(phone.deviceId()));
        assertThat(client.devices("nobody-such").devices()).isEmpty();
        assertThat(revoked.status()).isEqualTo("revoked");
        assertThat(phone.sync()).isEqualTo("device_revoked");
    }

    @Test
    void revokingAnUnknownDeviceIsNotFound() throws Exception {
        AdminClient client = AdminClient.of(server.url(), server.pin());
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);

        AdminApiException e = catchThrowableOfType(AdminApiException.class,
                () -> client.revokeDevice("no/such device"));

        assertThat(e.status()).isEqualTo(404);
    }
}
