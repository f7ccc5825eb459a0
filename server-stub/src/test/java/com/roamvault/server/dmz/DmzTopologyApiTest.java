package com.roamvault.server.dmz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.protocol.Json;
import com.roamvault.protocol.admin.AppServerContact;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.pairing.PairingUri;
import com.roamvault.server.keys.TlsIdentity;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md "Topologies", DMZ: phones reach only the App Server, a process with no database that
 * passes the mobile API to the core over mutual TLS; the core keeps every decision and every record.
 */
class DmzTopologyApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    static final String LOGIN = "/api/mobile/v1/login";

    static Path appServerData;
    static AppServerKeys appServerKeys;
    static Path secondAppServerData;
    static TestServer core;
    static AppServer appServer;
    static Fixtures fixtures;

    @BeforeAll
    static void start() throws IOException {
        appServerData = TestServer.tempDir();
        // each side must know the other's pin before either starts: the App Servers' keys are made first
        appServerKeys = AppServerKeys.loadOrCreate(appServerData);
        secondAppServerData = TestServer.tempDir();
        AppServerKeys second = AppServerKeys.loadOrCreate(secondAppServerData);
        int appServerPort = freePort();
        core = TestServer.start(TestServer.config(TestServer.tempDir()).withDmz(new DmzCore(null, 0,
                List.of(KeyPin.parse(appServerKeys.clientPin()), KeyPin.parse(second.clientPin())),
                URI.create("https://127.0.0.1:" + appServerPort), KeyPin.parse(appServerKeys.phonePin()))));
        appServer = AppServer.start(new AppServerConfig(appServerData, "127.0.0.1", appServerPort,
                URI.create(core.server().internalUrl().orElseThrow()), KeyPin.parse(core.server().pin())));
        fixtures = new Fixtures(core);
    }

    @AfterAll
    static void stop() {
        if (appServer != null) {
            appServer.close();
        }
        if (core != null) {
            core.close();
        }
    }

    static Http phoneClient() {
        return Http.pinned(appServer.url(), appServerKeys.tls().certificate(), appServer.pin());
    }

    static String newUser(String prefix) {
        String username = Phone.uniqueUser(prefix);
        fixtures.user(username, PASSWORD);
        return username;
    }

    @Test
    void aPhoneLogsInSyncsAndUploadsItsJournalThroughTheAppServerAndAllOfItLandsInTheCore() {
        String username = newUser("dmz");
        long userId = core.server().wiring().db().read(sql -> sql.count(
                "SELECT id FROM users WHERE username = ?", username));
        long listId = fixtures.list("DMZ list " + UUID.randomUUID());
        fixtures.grantUser(listId, userId, true);
        fixtures.record(listId, "core-sw-01", "switch-secret");

        Phone phone = Phone.login(DmzTopologyApiTest::phoneClient, username, PASSWORD);
        assertThat(phone.loginResponse().leaseKey()).isEqualTo(core.server().wiring().keys().leaseSigner()
                .publicKeyBase64());
        SyncResponse full = phone.sync();
        assertThat(full.full()).isTrue();
        assertThat(full.records()).extracting(r -> r.title()).containsExactly("core-sw-01");

        fixtures.record(listId, "core-sw-02", "another-secret");
        SyncResponse delta = phone.sync();
        assertThat(delta.full()).isFalse();
        assertThat(delta.records()).extracting(r -> r.title()).containsExactly("core-sw-02");

        String eventId = UUID.randomUUID().toString();
        Http.Reply upload = phone.http().post("/api/mobile/v1/audit", Map.of("events", List.of(Map.of(
                "id", eventId, "occurredAt", Instant.now().toString(), "action", AuditActions.RECORD_VIEWED,
                "result", "success", "origin", "offline"))));
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().get("accepted").asInt()).isEqualTo(1);

        AuditRows.Row uploaded = AuditRows.where(core, "id = ?", eventId).get(0);
        assertThat(uploaded.username()).isEqualTo(username);
        assertThat(uploaded.deviceId()).isEqualTo(phone.deviceId());
        assertThat(uploaded.clientIp()).isEqualTo("127.0.0.1");
        assertThat(core.admin().get("/api/admin/v1/devices?user=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .json().get("devices")).extracting(d -> d.get("deviceId").asText()).containsExactly(phone.deviceId());
    }

    @Test
    void aPhonesEditAndItsConflictTravelThroughTheAppServerToTheCore() {
        String username = newUser("dmz-edit");
        long userId = core.server().wiring().db().read(sql -> sql.count(
                "SELECT id FROM users WHERE username = ?", username));
        long listId = fixtures.list("DMZ edits " + UUID.randomUUID());
        fixtures.grants(listId, new com.roamvault.server.vault.Grant(userId, null, "modify", true));
        long recordId = fixtures.record(listId, "edge-fw", "before").id();
        Phone phone = Phone.login(DmzTopologyApiTest::phoneClient, username, PASSWORD);
        assertThat(phone.sync().lists()).singleElement().satisfies(l -> assertThat(l.canEdit()).isTrue());

        Http.Reply applied = phone.http().put("/api/mobile/v1/records/" + recordId, Map.of("editId",
                UUID.randomUUID().toString(), "baseVersion", 1, "origin", "online", "changes", Map.of("password",
                        "after")));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("version").asLong()).isEqualTo(2);
        Http.Reply stale = phone.http().put("/api/mobile/v1/records/" + recordId, Map.of("editId",
                UUID.randomUUID().toString(), "baseVersion", 1, "origin", "online", "changes", Map.of("password",
                        "late")));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("current").get("password").asText()).isEqualTo("after");
        assertThat(core.admin().get("/api/admin/v1/records/" + recordId).json().get("password").asText())
                .isEqualTo("after");
        assertThat(AuditRows.of(core, AuditActions.RECORD_UPDATED, username)).singleElement()
                .satisfies(e -> assertThat(e.deviceId()).isEqualTo(phone.deviceId()));
    }

    @Test
    void aPhoneCannotChooseTheAddressTheCoreRecords() {
        String username = newUser("spoof");
        Http.Reply reply = phoneClient().send(new Request.Builder().url(appServer.url() + LOGIN)
                .header("X-Forwarded-For", "203.0.113.66")
                .post(okhttp3.RequestBody.create(loginJson(username, "wrong-password"),
                        okhttp3.MediaType.get("application/json"))));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("invalid_credentials");
        assertThat(AuditRows.of(core, AuditActions.LOGIN_FAILED, username)).extracting(AuditRows.Row::clientIp)
                .containsExactly("127.0.0.1");
    }

    @Test
    void theCoreTakesTheForwardedAddressOnlyFromThePinnedAppServerOnItsInternalPort() throws Exception {
        String viaInternal = newUser("forwarded");
        HttpResponse<String> internal = internalClient(appServerKeys.client()).send(HttpRequest.newBuilder(
                        URI.create(core.server().internalUrl().orElseThrow() + LOGIN))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString(loginJson(viaInternal, "wrong-password"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(internal.statusCode()).isEqualTo(401);
        assertThat(AuditRows.of(core, AuditActions.LOGIN_FAILED, viaInternal)).extracting(AuditRows.Row::clientIp)
                .containsExactly("203.0.113.7");

        Phone phone = Phone.login(DmzTopologyApiTest::phoneClient, newUser("uploader"), PASSWORD);
        String eventId = UUID.randomUUID().toString();
        HttpResponse<String> upload = internalClient(appServerKeys.client()).send(HttpRequest.newBuilder(
                        URI.create(core.server().internalUrl().orElseThrow() + "/api/mobile/v1/audit"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + phone.loginResponse().accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(Map.of("events", List.of(
                        Map.of("id", eventId, "occurredAt", Instant.now().toString(), "action", AuditActions.CACHE_WIPED,
                                "result", "success", "origin", "offline"))))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(AuditRows.where(core, "id = ?", eventId).get(0).clientIp()).isEqualTo("203.0.113.9");

        String viaPublic = newUser("console");
        Http.Reply console = core.client().send(new Request.Builder().url(core.server().url() + "/api/admin/v1/login")
                .header("X-Forwarded-For", "203.0.113.8")
                .post(okhttp3.RequestBody.create("{\"username\":\"" + viaPublic.replace("\\", "\\\\")
                        + "\",\"password\":\"wrong-password\"}", okhttp3.MediaType.get("application/json"))));
        assertThat(console.status()).isEqualTo(401);
        assertThat(AuditRows.of(core, AuditActions.LOGIN_FAILED, viaPublic)).extracting(AuditRows.Row::clientIp)
                .containsExactly("127.0.0.1");
    }

    @Test
    void theCoresPublicPortServesTheConsoleButSendsPhonesToTheAppServer() {
        Http.Reply login = Phone.loginReply(core, newUser("direct"), PASSWORD, null);
        assertThat(login.status()).isEqualTo(404);
        assertThat(login.error()).isEqualTo("not_found");
        assertThat(login.json().get("message").asText()).contains(appServer.url());
        assertThat(core.client().get("/api/mobile/v1/sync").status()).isEqualTo(404);

        Http.Reply info = core.admin().get("/api/admin/v1/server");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("topology").asText()).isEqualTo("dmz-core");
    }

    @Test
    void theInternalPortServesOnlyTheMobileApi() throws Exception {
        HttpResponse<String> admin = internalClient(appServerKeys.client()).send(HttpRequest.newBuilder(
                URI.create(core.server().internalUrl().orElseThrow() + "/api/admin/v1/server"))
                .header("Authorization", "Bearer " + core.admin().bearer()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(404);
        assertThat(admin.body()).contains("\"not_found\"");
    }

    @Test
    void noClientButThePinnedAppServerCanUseTheInternalPort() throws IOException {
        String internalUrl = core.server().internalUrl().orElseThrow();
        Http withoutCertificate = Http.pinned(internalUrl, core.server().wiring().keys().certificate(),
                core.server().pin());
        assertThatThrownBy(() -> withoutCertificate.post(LOGIN, loginJson("CORP\\anyone", "x")))
                .isInstanceOf(UncheckedIOException.class);

        TlsIdentity stranger = TlsIdentity.loadOrCreate(TestServer.tempDir(), "client");
        // the key the App Server shows phones is not the one the core lets in
        for (TlsIdentity refused : List.of(stranger, appServerKeys.tls())) {
            assertThatThrownBy(() -> internalClient(refused).send(HttpRequest.newBuilder(URI.create(internalUrl + LOGIN))
                    .POST(HttpRequest.BodyPublishers.ofString(loginJson("CORP\\anyone", "x"))).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anAppServerThatDoesNotRecogniseTheCoreSendsItNothingAndAnswers503() throws IOException {
        String username = newUser("misled");
        KeyPin notTheCore = KeyPin.parse(appServerKeys.phonePin());
        try (AppServer misled = AppServer.start(new AppServerConfig(TestServer.tempDir(), "127.0.0.1", 0,
                URI.create(core.server().internalUrl().orElseThrow()), notTheCore))) {
            Http.Reply reply = Phone.loginReply(Http.pinned(misled.url(), misled.keys().tls().certificate(), misled.pin()),
                    username, "wrong-password", null);

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.error()).isEqualTo("unavailable");
        }
        assertThat(AuditRows.of(core, AuditActions.LOGIN_FAILED, username)).isEmpty();
    }

    @Test
    void anUnreachableCoreIs503() throws IOException {
        try (AppServer alone = AppServer.start(new AppServerConfig(TestServer.tempDir(), "127.0.0.1", 0,
                URI.create("https://127.0.0.1:" + freePort()), KeyPin.parse(core.server().pin())))) {
            Http.Reply reply = Phone.loginReply(Http.pinned(alone.url(), alone.keys().tls().certificate(), alone.pin()),
                    "CORP\\anyone", PASSWORD, null);

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.error()).isEqualTo("unavailable");
            assertThat(reply.body()).doesNotContain("Exception");
        }
    }

    @Test
    void repeatedFailedLoginsThroughTheAppServerLockTheAccount() {
        String username = newUser("locked");
        for (int i = 0; i < 4; i++) {
            assertThat(Phone.loginReply(phoneClient(), username, "wrong-password", null).status()).isEqualTo(401);
        }
        assertThat(Phone.loginReply(phoneClient(), username, "wrong-password", null).status()).isEqualTo(423);

        Http.Reply right = Phone.loginReply(phoneClient(), username, PASSWORD, null);
        assertThat(right.status()).isEqualTo(423);
        assertThat(right.error()).isEqualTo("account_locked");
        assertThat(Long.parseLong(right.headers().get("Retry-After"))).isPositive();
        assertThat(AuditRows.of(core, AuditActions.ACCOUNT_LOCKED, username)).hasSize(1);
    }

    @Test
    void thePairingCodeSendsPhonesToTheAppServerWithItsPin() {
        long userId = fixtures.user(Phone.uniqueUser("pairing"), PASSWORD);
        PairingCode code = core.admin().get("/api/admin/v1/users/" + userId + "/pairing-code").as(PairingCode.class);

        PairingUri parsed = PairingUri.parse(code.uri());
        assertThat(parsed.server()).isEqualTo(URI.create(appServer.url()));
        assertThat(parsed.pin()).isEqualTo(appServer.pin()).isNotEqualTo(core.server().pin());
    }

    @Test
    void theAppServerServesNothingButTheMobileApi() {
        Http phone = phoneClient().bearer(core.admin().bearer());
        for (String path : List.of("/api/admin/v1/server", "/api/passwordlists", "/")) {
            Http.Reply reply = phone.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.error()).as(path).isEqualTo("not_found");
        }
    }

    @Test
    void theAppServerRefusesATooLargeBodyItself() {
        String threeMegabytes = "{\"events\":[\"" + "x".repeat(3 << 20) + "\"]}";
        Http.Reply reply = phoneClient().postRaw("/api/mobile/v1/audit", threeMegabytes);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error()).isEqualTo("payload_too_large");
    }

    @Test
    void afterServingAPhoneTheAppServersFolderHoldsOnlyItsTwoTlsKeys() throws IOException {
        assertThat(Phone.loginReply(phoneClient(), newUser("folder"), PASSWORD, null).status()).isEqualTo(200);

        try (Stream<Path> files = Files.walk(appServerData)) {
            List<String> all = files.filter(Files::isRegularFile).map(f -> appServerData.relativize(f).toString())
                    .sorted().toList();
            assertThat(all).containsExactly("keys/client.p12", "keys/client.pass", "keys/tls.p12", "keys/tls.pass");
            assertThat(all).noneMatch(f -> f.contains("lease") || f.contains("system-api-key")
                    || f.contains("data-kek") || f.endsWith(".db"));
        }
        for (String name : List.of("client.p12", "client.pass", "tls.p12", "tls.pass")) {
            assertThat(Files.getPosixFilePermissions(appServerData.resolve("keys").resolve(name)).toString())
                    .as(name).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        }
        assertThat(appServerKeys.clientPin()).isNotEqualTo(appServerKeys.phonePin());
    }

    @Test
    void aCoreLetsInEachOfItsAppServersAndTellsTheConsoleWhenEachLastCalled() throws Exception {
        Instant before = core.server().wiring().clock().instant();
        String first = newUser("first-app");
        String second = newUser("second-app");
        String stranger = newUser("stranger-app");
        assertThat(Phone.loginReply(phoneClient(), first, PASSWORD, null).status()).isEqualTo(200);
        try (AppServer other = AppServer.start(new AppServerConfig(secondAppServerData, "127.0.0.1", 0,
                URI.create(core.server().internalUrl().orElseThrow()), KeyPin.parse(core.server().pin())));
             AppServer unlisted = AppServer.start(new AppServerConfig(TestServer.tempDir(), "127.0.0.1", 0,
                     URI.create(core.server().internalUrl().orElseThrow()), KeyPin.parse(core.server().pin())))) {
            assertThat(other.keys().clientPin()).isNotEqualTo(appServerKeys.clientPin());
            Http.Reply viaSecond = Phone.loginReply(Http.pinned(other.url(), other.keys().tls().certificate(),
                    other.pin()), second, PASSWORD, null);
            assertThat(viaSecond.status()).as(viaSecond.toString()).isEqualTo(200);

            Http.Reply viaStranger = Phone.loginReply(Http.pinned(unlisted.url(), unlisted.keys().tls().certificate(),
                    unlisted.pin()), stranger, PASSWORD, null);
            assertThat(viaStranger.status()).isEqualTo(503);
            assertThatThrownBy(() -> internalClient(unlisted.keys().client()).send(HttpRequest.newBuilder(
                    URI.create(core.server().internalUrl().orElseThrow() + LOGIN))
                    .POST(HttpRequest.BodyPublishers.ofString(loginJson(stranger, PASSWORD))).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        }
        assertThat(AuditRows.of(core, AuditActions.LOGIN_SUCCEEDED, first)).hasSize(1);
        assertThat(AuditRows.of(core, AuditActions.LOGIN_SUCCEEDED, second)).hasSize(1);
        assertThat(AuditRows.of(core, AuditActions.LOGIN_SUCCEEDED, stranger)).isEmpty();

        ServerInfo info = core.admin().get("/api/admin/v1/server").as(ServerInfo.class);
        assertThat(info.appServers()).extracting(AppServerContact::pin)
                .containsExactly(appServerKeys.clientPin(), AppServerKeys.loadOrCreate(secondAppServerData).clientPin());
        assertThat(info.appServers()).allSatisfy(contact -> assertThat(contact.lastContactAt()).isNotNull()
                .isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS)));
        assertThat(core.admin().get("/api/admin/v1/server").json().get("appServers").get(0)
                .get("lastContactAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    private static HttpClient internalClient(TlsIdentity identity) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(MutualTls.context(identity, KeyPin.parse(core.server().pin()))).build();
    }

    private static String loginJson(String username, String password) {
        return "{\"username\":\"" + username.replace("\\", "\\\\") + "\",\"password\":\"" + password
                + "\",\"deviceName\":\"Pixel 8 (sim)\",\"platform\":\"android\"}";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
