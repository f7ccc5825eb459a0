package com.roamvault.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.mobile.MobileClient;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registered phones: listed all or by user, revoked (the phone learns it at its next sync), unknown ids. */
class DevicesApiTest {
    private static final String USER = "CORP\\devices";
    private static TestServer server;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws RoamvaultClientException {
        server = TestServer.start();
        admin = server.admin();
        admin.users().create(USER, TestServer.MASTER_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsAPhoneByItsUserAndRevokesIt() throws RoamvaultClientException {
        MobileClient phone = server.client().mobile();
        LoginResponse login = phone.login(new LoginRequest(USER, TestServer.MASTER_PASSWORD, null,
                "Client test phone", "android"));

        DeviceDetail listed = admin.devices().list(USER).stream()
                .filter(d -> d.deviceId().equals(login.deviceId())).findFirst().orElseThrow();
        DeviceDetail revoked = admin.devices().revoke(login.deviceId());

        assertThat(listed.deviceName()).isEqualTo("Client test phone");
        assertThat(listed.username()).isEqualToIgnoringCase(USER);
        assertThat(listed.status()).isEqualTo("active");
        assertThat(admin.devices().list(null)).anySatisfy(d -> assertThat(d.deviceId()).isEqualTo(login.deviceId()));
        assertThat(admin.devices().list("nobody-such")).isEmpty();
        assertThat(revoked.status()).isEqualTo("revoked");
        assertThatThrownBy(() -> phone.sync(login.accessToken(), null)).isInstanceOfSatisfying(
                RoamvaultClientException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DEVICE_REVOKED));
    }

    @Test
    void revokingAnUnknownDeviceIsNotFoundEvenWithAGarbledId() {
        assertThatThrownBy(() -> admin.devices().revoke("no/such device")).isInstanceOfSatisfying(
                RoamvaultClientException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
