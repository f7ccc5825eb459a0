package com.roamvault.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MobileLoginApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new Fixtures(server);
    }

    private static String newUser() {
        String username = Phone.uniqueUser("jsmith");
        fixtures.user(username, PASSWORD);
        return username;
    }

    @Test
    void loginRegistersTheDeviceAndReturnsTokenPolicyLeaseKeyAndServerTime() {
        String username = newUser();
        Http.Reply reply = Phone.loginReply(server, username, PASSWORD, null);

        assertThat(reply.status()).isEqualTo(200);
        LoginResponse login = reply.as(LoginResponse.class);
        assertThat(login.accessToken()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(UUID.fromString(login.deviceId()).toString()).isEqualTo(login.deviceId());
        assertThat(login.policy()).isEqualTo(MobilePolicy.DEFAULTS);
        assertThat(login.leaseKey())
                .isEqualTo(server.admin().get("/api/admin/v1/server").json().get("leaseKey").asText());
        assertThat(login.serverTime()).isCloseTo(server.clock().instant(), within(Duration.ofSeconds(5)));
        assertThat(Duration.between(login.serverTime(), login.accessTokenExpiresAt()))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));

        Http.Reply policy = server.client().bearer(login.accessToken()).get("/api/mobile/v1/policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.as(MobilePolicy.class)).isEqualTo(MobilePolicy.DEFAULTS);

        var device = server.admin().get("/api/admin/v1/devices?user=" + encode(username)).json().get("devices").get(0);
        assertThat(device.get("deviceId").asText()).isEqualTo(login.deviceId());
        assertThat(device.get("deviceName").asText()).isEqualTo("Pixel 8 (sim)");
        assertThat(device.get("platform").asText()).isEqualTo("android");
        assertThat(device.get("status").asText()).isEqualTo("active");

        assertThat(AuditRows.of(server, AuditActions.DEVICE_REGISTERED, username)).singleElement()
                .satisfies(r -> assertThat(r.deviceId()).isEqualTo(login.deviceId()));
        assertThat(AuditRows.of(server, AuditActions.LOGIN_SUCCEEDED, username)).singleElement().satisfies(r -> {
            assertThat(r.platform()).isEqualTo("AppServer");
            assertThat(r.deviceId()).isEqualTo(login.deviceId());
            assertThat(r.result()).isEqualTo("success");
        });
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        String username = newUser();
        Http.Reply wrong = Phone.loginReply(server, username, "not-the-password-1", null);
        Http.Reply unknown = Phone.loginReply(server, Phone.uniqueUser("ghost"), "not-the-password-1", null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("invalid_credentials");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(deviceCount(username)).isZero();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockoutEnds() {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            assertThat(Phone.loginReply(server, username, "wrong-" + i, null).error()).isEqualTo("invalid_credentials");
        }
        Http.Reply fifth = Phone.loginReply(server, username, "wrong-5", null);
        assertThat(fifth.status()).isEqualTo(423);

        Http.Reply right = Phone.loginReply(server, username, PASSWORD, null);
        assertThat(right.status()).isEqualTo(423);
        assertThat(right.error()).isEqualTo("account_locked");
        long retryAfter = Long.parseLong(right.headers().get("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(right.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(deviceCount(username)).isZero();

        server.clock().advance(Duration.ofMinutes(16));
        assertThat(Phone.loginReply(server, username, PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void userWithoutMobileNativeAppFeatureAccessIsRefused() {
        String username = newUser();
        fixtures.wiring().db().txRun(sql -> sql.update("UPDATE users SET mobile_access = FALSE WHERE username = ?",
                username));

        Http.Reply reply = Phone.loginReply(server, username, PASSWORD, null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("mobile_access_disabled");
        assertThat(deviceCount(username)).isZero();
        assertThat(AuditRows.of(server, AuditActions.LOGIN_FAILED, username)).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("reason=mobile_access_disabled"));
    }

    @Test
    void userWhosePolicyOverrideDisablesMobileAccessIsRefused() {
        String username = newUser();
        long userId = userId(username);
        fixtures.wiring().db().txRun(sql -> fixtures.wiring().policies().setOverrides(sql, userId,
                new MobileOptions(false, null, null, null, null, null, null, null, null, null)));

        Http.Reply reply = Phone.loginReply(server, username, PASSWORD, null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("mobile_access_disabled");
        assertThat(AuditRows.of(server, AuditActions.LOGIN_FAILED, username)).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("reason=mobile_access_disabled"));
    }

    @Test
    void theSameDeviceIdIsReusedButAnotherUsersOrAnUnknownIdRegistersANewDevice() {
        String username = newUser();
        String first = Phone.loginReply(server, username, PASSWORD, null).as(LoginResponse.class).deviceId();

        Http.Reply again = Phone.loginReply(server, username, PASSWORD, first);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.as(LoginResponse.class).deviceId()).isEqualTo(first);
        assertThat(deviceCount(username)).isEqualTo(1);

        String other = newUser();
        String othersDevice = Phone.loginReply(server, other, PASSWORD, first).as(LoginResponse.class).deviceId();
        assertThat(othersDevice).isNotEqualTo(first);

        String fresh = Phone.loginReply(server, username, PASSWORD, UUID.randomUUID().toString())
                .as(LoginResponse.class).deviceId();
        assertThat(fresh).isNotIn(first, othersDevice);
        assertThat(deviceCount(username)).isEqualTo(2);
        assertThat(AuditRows.of(server, AuditActions.DEVICE_REGISTERED, username)).hasSize(2);
    }

    @Test
    void badDeviceNamePlatformOrIdIsRefusedAndChangesNothing() {
        String username = newUser();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD,
                "deviceName", "x".repeat(201), "platform", "windows"));
        body.put("deviceId", "not-a-device-id");

        Http.Reply reply = server.client().post("/api/mobile/v1/login", body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.error()).isEqualTo("validation_failed");
        assertThat(reply.json().get("fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("deviceName", "platform", "deviceId");
        assertThat(deviceCount(username)).isZero();
        assertThat(AuditRows.where(server, "username = ?", username)).isEmpty();
    }

    @Test
    void missingNameAndPlatformGetDefaults() {
        String username = newUser();
        Http.Reply reply = server.client().post("/api/mobile/v1/login", Map.of("username", username,
                "password", PASSWORD));
        assertThat(reply.status()).isEqualTo(200);
        var device = server.admin().get("/api/admin/v1/devices?user=" + encode(username)).json().get("devices").get(0);
        assertThat(device.get("deviceName").asText()).isEqualTo("Unnamed device");
        assertThat(device.get("platform").asText()).isEqualTo("other");
    }

    @Test
    void malformedLoginBodiesAreBadRequests() {
        Http http = server.client();
        assertThat(http.postRaw("/api/mobile/v1/login", "{not json").error()).isEqualTo("bad_request");
        assertThat(http.postRaw("/api/mobile/v1/login", "{\"username\":\"a\",\"password\":\"b\",\"extra\":1}").error())
                .isEqualTo("bad_request");
        assertThat(http.postRaw("/api/mobile/v1/login", "{\"username\":\"a\"}").error()).isEqualTo("bad_request");
    }

    @Test
    void aTokenExpiresAfterAnHour() {
        Phone phone = Phone.login(server, newUser(), PASSWORD);
        assertThat(phone.http().get("/api/mobile/v1/policy").status()).isEqualTo(200);

        server.clock().advance(Duration.ofHours(2));

        Http.Reply policy = phone.http().get("/api/mobile/v1/policy");
        assertThat(policy.status()).isEqualTo(401);
        assertThat(policy.error()).isEqualTo("unauthorized");
        assertThat(phone.syncReply(null).error()).isEqualTo("unauthorized");
        assertThat(phone.login().http().get("/api/mobile/v1/policy").status()).isEqualTo(200);
    }

    @Test
    void policyIsTheEffectivePolicyWithTheUsersOverrides() {
        String username = newUser();
        long userId = userId(username);
        fixtures.wiring().db().txRun(sql -> fixtures.wiring().policies().setOverrides(sql, userId,
                new MobileOptions(null, 3, null, false, null, null, null, null, null, null)));
        Phone phone = Phone.login(server, username, PASSWORD);

        MobilePolicy policy = phone.http().get("/api/mobile/v1/policy").as(MobilePolicy.class);

        assertThat(policy.offlineCacheDays()).isEqualTo(3);
        assertThat(policy.biometricUnlockAllowed()).isFalse();
        assertThat(policy.autoLockMinutes()).isEqualTo(MobilePolicy.DEFAULTS.autoLockMinutes());
        assertThat(phone.loginResponse().policy()).isEqualTo(policy);
        assertThat(server.client().get("/api/mobile/v1/policy").error()).isEqualTo("unauthorized");
        assertThat(server.admin().get("/api/mobile/v1/policy").status()).isEqualTo(401);
    }

    static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(d.toMillis(), java.time.temporal.ChronoUnit.MILLIS);
    }

    private static long deviceCount(String username) {
        return fixtures.wiring().db().read(sql -> sql.count("SELECT COUNT(*) FROM devices d JOIN users u "
                + "ON u.id = d.user_id WHERE u.username = ?", username));
    }

    private static long userId(String username) {
        return fixtures.wiring().db().read(sql -> sql.count("SELECT id FROM users WHERE username = ?", username));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
