package com.roamvault.device.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roamvault.device.engine.net.NetworkSwitch;
import com.roamvault.device.engine.net.PinnedHttp;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What a scenario's administrator does, through the admin API of API.md over the pinned channel:
 * settings, per-user options, users, lists, records, permissions, devices, pairing codes, audit.
 */
public final class AdminApi {
    private static final MediaType JSON = MediaType.get("application/json");

    private final PinnedHttp http;
    private final ObjectMapper json = Json.lenientMapper();
    private String token;

    public AdminApi(URI server, String pin) {
        this.http = new PinnedHttp(HttpUrl.get(server.toString()), pin, new NetworkSwitch(() -> null), new OkHttpClient());
    }

    public AdminApi login(String username, String password) {
        token = post(Paths.ADMIN_LOGIN, Map.of("username", username, "password", password)).get("token").asText();
        return this;
    }

    // ---- users and options

    public long userId(String username) {
        JsonNode users = get(Paths.ADMIN_USERS + "?limit=500&query=" + enc(username)).get("users");
        for (JsonNode u : users) {
            if (u.get("username").asText().equalsIgnoreCase(username)) {
                return u.get("id").asLong();
            }
        }
        throw new ScenarioException("No user " + username + " on the server");
    }

    public boolean userExists(String username) {
        try {
            userId(username);
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    public long createUser(String username, String masterPassword) {
        return post(Paths.ADMIN_USERS, Map.of("username", username, "displayName", username,
                "masterPassword", masterPassword)).get("id").asLong();
    }

    public void setGlobal(Map<String, Object> fields) {
        put(Paths.ADMIN_SETTINGS_MOBILE, fields);
    }

    /** Sets some per-user overrides, keeping the others. */
    public void setUserOptions(long userId, Map<String, Object> fields) {
        ObjectNode overrides = (ObjectNode) get(Paths.adminUserMobile(userId)).get("overrides").deepCopy();
        fields.forEach((k, v) -> overrides.set(k, json.valueToTree(v)));
        put(Paths.adminUserMobile(userId), Map.of("overrides", overrides));
    }

    public void clearUserOption(long userId, String field) {
        ObjectNode overrides = (ObjectNode) get(Paths.adminUserMobile(userId)).get("overrides").deepCopy();
        if (!overrides.has(field)) {
            throw new ScenarioException("No per-user option named " + field);
        }
        overrides.putNull(field);
        put(Paths.adminUserMobile(userId), Map.of("overrides", overrides));
    }

    public void unlockUser(long userId) {
        post(Paths.adminUserUnlock(userId), Map.of());
    }

    public void setMobileAccess(long userId, boolean enabled) {
        put(Paths.adminUser(userId), Map.of("mobileAccess", enabled));
    }

    public void resetMasterPassword(long userId, String password) {
        put(Paths.adminUserMasterPassword(userId), Map.of("password", password));
    }

    public String pairingCode(long userId) {
        return get(Paths.adminUserPairingCode(userId)).get("uri").asText();
    }

    public void revokeDevice(String deviceId) {
        post(Paths.adminDeviceRevoke(deviceId), Map.of());
    }

    // ---- lists, records, permissions

    public Long listId(String name) {
        for (JsonNode l : get(Paths.ADMIN_LISTS).get("lists")) {
            if (l.get("name").asText().equals(name)) {
                return l.get("listId").asLong();
            }
        }
        return null;
    }

    public long createList(String name) {
        return post(Paths.ADMIN_LISTS, Map.of("name", name, "description", "made by a scenario")).get("listId").asLong();
    }

    public long addRecord(long listId, Map<String, Object> fields) {
        return post(Paths.adminListRecords(listId), fields).get("recordId").asLong();
    }

    public Long recordId(long listId, String title) {
        for (JsonNode r : get(Paths.adminListRecords(listId)).get("records")) {
            if (r.get("title").asText().equals(title)) {
                return r.get("recordId").asLong();
            }
        }
        return null;
    }

    public void updateRecord(long recordId, Map<String, Object> fields) {
        put(Paths.adminRecord(recordId), fields);
    }

    public void deleteRecord(long recordId) {
        send(new Request.Builder().url(url(Paths.adminRecord(recordId))).delete());
    }

    /** Adds (or replaces) one grant on a list, keeping the others. */
    public void grant(long listId, Long userId, Long groupId, String level, boolean mobileAccess) {
        ArrayNode kept = withoutGrantee(listId, userId, groupId);
        ObjectNode grant = kept.addObject();
        if (userId != null) {
            grant.put("userId", userId);
        } else {
            grant.put("groupId", groupId);
        }
        grant.put("level", level).put("mobileAccess", mobileAccess);
        put(Paths.adminListPermissions(listId), Map.of("permissions", kept));
    }

    public void revoke(long listId, Long userId, Long groupId) {
        put(Paths.adminListPermissions(listId), Map.of("permissions", withoutGrantee(listId, userId, groupId)));
    }

    public long groupId(String name) {
        for (JsonNode g : get(Paths.ADMIN_GROUPS).path("groups")) {
            if (g.get("name").asText().equalsIgnoreCase(name)) {
                return g.get("id").asLong();
            }
        }
        throw new ScenarioException("No group " + name + " on the server");
    }

    private ArrayNode withoutGrantee(long listId, Long userId, Long groupId) {
        ArrayNode kept = json.createArrayNode();
        for (JsonNode p : get(Paths.adminListPermissions(listId)).get("permissions")) {
            boolean same = userId != null ? p.path("userId").asLong(-1) == userId : p.path("groupId").asLong(-1) == groupId;
            if (!same) {
                kept.add(p);
            }
        }
        return kept;
    }

    // ---- audit

    /** Every audit event matching the filters (newest first), following the pages. */
    public java.util.List<JsonNode> audit(Map<String, String> filters) {
        java.util.List<JsonNode> events = new java.util.ArrayList<>();
        StringBuilder query = new StringBuilder("?limit=1000");
        filters.forEach((k, v) -> query.append('&').append(k).append('=').append(enc(v)));
        String before = null;
        do {
            JsonNode page = get(Paths.ADMIN_AUDIT + query + (before == null ? "" : "&before=" + before));
            page.get("events").forEach(events::add);
            before = page.get("next").isNull() ? null : page.get("next").asText();
        } while (before != null);
        return events;
    }

    // ---- HTTP

    public JsonNode get(String path) {
        return send(new Request.Builder().url(url(path)).get());
    }

    public JsonNode post(String path, Object body) {
        return send(new Request.Builder().url(url(path)).post(body(body)));
    }

    public JsonNode put(String path, Object body) {
        return send(new Request.Builder().url(url(path)).put(body(body)));
    }

    private HttpUrl url(String pathAndQuery) {
        return HttpUrl.get(http.base().toString().replaceAll("/$", "") + pathAndQuery);
    }

    private RequestBody body(Object value) {
        try {
            return RequestBody.create(json.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw new ScenarioException("Cannot encode an admin request: " + e.getMessage());
        }
    }

    private JsonNode send(Request.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Request built = request.build();
        try (Response response = http.client().newCall(built).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                JsonNode error = body.isEmpty() ? null : json.readTree(body);
                String code = error == null ? "http_" + response.code() : error.path("error").asText();
                throw new ScenarioException("Admin " + built.method() + " " + built.url().encodedPath() + " failed: "
                        + code + " — " + (error == null ? "" : error.path("message").asText())
                        + (error != null && error.has("fields") ? " " + error.get("fields") : ""), code);
            }
            return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw new ScenarioException("The admin API cannot be reached: " + e.getMessage(), "network_unavailable");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
