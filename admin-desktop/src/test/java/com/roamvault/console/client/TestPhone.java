package com.roamvault.console.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.demo.DemoSeeder;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A phone as the tests need one: logs in as a demo user (registering a device), syncs and
 * uploads its audit journal, over pinned TLS.
 */
public final class TestPhone {
    public static final String USER = "CORP\\jsmith";
    private final HttpUrl base;
    private final PinnedConnection connection;
    private final ObjectMapper json = Json.lenientMapper();
    private final LoginResponse login;

    private TestPhone(RoamvaultServer server, String user, String deviceName) throws IOException {
        base = HttpUrl.get(server.url());
        connection = new PinnedConnection(base, server.pin());
        byte[] body = json.writeValueAsBytes(new LoginRequest(user, DemoSeeder.masterPasswordOf(user), null,
                deviceName, "android"));
        try (Response response = connection.client().newCall(new Request.Builder()
                .url(base.newBuilder().encodedPath(Paths.MOBILE_LOGIN).build())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("phone login failed: " + response.code() + " " + response.body().string());
            }
            login = json.readValue(response.body().bytes(), LoginResponse.class);
        }
    }

    /** Logs in with no device id, so the server registers a new device under {@code deviceName}. */
    public static TestPhone register(RoamvaultServer server, String deviceName) throws IOException {
        return new TestPhone(server, USER, deviceName);
    }

    /** Registers a new device of the demo user {@code user}. */
    public static TestPhone register(RoamvaultServer server, String user, String deviceName) throws IOException {
        return new TestPhone(server, user, deviceName);
    }

    public String deviceId() {
        return login.deviceId();
    }

    /** The error code of a full sync, or "ok" when it succeeds. */
    public String sync() throws IOException {
        try (Response response = connection.client().newCall(new Request.Builder()
                .url(base.newBuilder().encodedPath(Paths.MOBILE_SYNC).build())
                .header("Authorization", "Bearer " + login.accessToken()).get().build()).execute()) {
            if (response.isSuccessful()) {
                return "ok";
            }
            JsonNode error = json.readTree(response.body().bytes());
            return error.path("error").asText("http_" + response.code());
        }
    }

    /** Uploads journal events as the phone's sync does (POST audit); at most 1000 a call, as API.md says. */
    public AuditUploadResult uploadAudit(List<AuditUploadEvent> events) throws IOException {
        byte[] body = json.writeValueAsBytes(new AuditUpload(events));
        try (Response response = connection.client().newCall(new Request.Builder()
                .url(base.newBuilder().encodedPath(Paths.MOBILE_AUDIT).build())
                .header("Authorization", "Bearer " + login.accessToken())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("audit upload failed: " + response.code() + " " + response.body().string());
            }
            return json.readValue(response.body().bytes(), AuditUploadResult.class);
        }
    }

    /** One journal event as a phone records it (a fresh id, so each upload stores it once). */
    public static AuditUploadEvent journalEvent(String action, String origin, Instant occurredAt, String detail) {
        return new AuditUploadEvent(UUID.randomUUID().toString(), occurredAt, action, "success", null, null, origin,
                detail);
    }

    /**
     * One mobile login of {@code username} with {@code password} on a new device: "ok", or the
     * server's error code (invalid_credentials, account_locked, ...). Failures count toward lockout.
     */
    public static String tryLogin(RoamvaultServer server, String username, String password) throws IOException {
        HttpUrl base = HttpUrl.get(server.url());
        PinnedConnection connection = new PinnedConnection(base, server.pin());
        ObjectMapper json = Json.lenientMapper();
        byte[] body = json.writeValueAsBytes(new LoginRequest(username, password, null, "Login probe", "android"));
        try (Response response = connection.client().newCall(new Request.Builder()
                .url(base.newBuilder().encodedPath(Paths.MOBILE_LOGIN).build())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
            if (response.isSuccessful()) {
                return "ok";
            }
            return json.readTree(response.body().bytes()).path("error").asText("http_" + response.code());
        }
    }
}
