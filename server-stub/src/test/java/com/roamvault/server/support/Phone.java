package com.roamvault.server.support;

import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.SyncResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** A phone as the mobile API sees it: logs in (keeping its device id), syncs with its cursor. */
public final class Phone {
    private final Supplier<Http> clients;
    private final String username;
    private String password;
    private final Http http;
    private LoginResponse login;
    private String cursor;

    private Phone(Supplier<Http> clients, String username, String password) {
        this.clients = clients;
        this.username = username;
        this.password = password;
        this.http = clients.get();
    }

    /** A unique username for one test, like a directory account. */
    public static String uniqueUser(String prefix) {
        return "CORP\\" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Logs in as a new device; fails the test unless the login succeeds. */
    public static Phone login(TestServer server, String username, String password) {
        return login(server::client, username, password);
    }

    /** Logs in as a new device through clients of some other server (a DMZ App Server). */
    public static Phone login(Supplier<Http> clients, String username, String password) {
        Phone phone = new Phone(clients, username, password);
        phone.login();
        return phone;
    }

    /** The raw answer to a mobile login. */
    public static Http.Reply loginReply(TestServer server, String username, String password, String deviceId) {
        return loginReply(server.client(), username, password, deviceId);
    }

    /** The raw answer to a mobile login sent with this client. */
    public static Http.Reply loginReply(Http client, String username, String password, String deviceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("deviceId", deviceId);
        body.put("deviceName", "Pixel 8 (sim)");
        body.put("platform", "android");
        return client.post("/api/mobile/v1/login", body);
    }

    /** Logs in again with this phone's device id (as after an expired token). */
    public Phone login() {
        Http.Reply reply = loginReply(clients.get(), username, password, login == null ? null : login.deviceId());
        if (reply.status() != 200) {
            throw new AssertionError("Mobile login failed: " + reply);
        }
        login = reply.as(LoginResponse.class);
        http.bearer(login.accessToken());
        return this;
    }

    public Phone password(String newPassword) {
        this.password = newPassword;
        return this;
    }

    /** A full sync, or a delta from the last cursor; fails the test unless it succeeds. */
    public SyncResponse sync() {
        Http.Reply reply = syncReply(cursor);
        if (reply.status() != 200) {
            throw new AssertionError("Sync failed: " + reply);
        }
        SyncResponse response = reply.as(SyncResponse.class);
        cursor = response.cursor();
        return response;
    }

    public Http.Reply syncReply(String withCursor) {
        return http.get("/api/mobile/v1/sync" + (withCursor == null ? ""
                : "?cursor=" + URLEncoder.encode(withCursor, StandardCharsets.UTF_8)));
    }

    public String cursor() {
        return cursor;
    }

    public LoginResponse loginResponse() {
        return login;
    }

    public String deviceId() {
        return login.deviceId();
    }

    public String username() {
        return username;
    }

    public Http http() {
        return http;
    }
}
