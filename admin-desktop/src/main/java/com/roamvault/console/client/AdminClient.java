package com.roamvault.console.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.protocol.admin.AdminToken;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.DevicePage;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The console's view of the admin API (API.md) of one server, over TLS that trusts only the
 * pinned key. Every failure becomes an {@link AdminApiException} with a code. Holds the admin
 * session token after {@link #login}; never the password.
 */
public final class AdminClient {
    public static final String INVALID_SERVER = "invalid_server";
    public static final String INVALID_PIN = "invalid_pin";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");

    private final HttpUrl base;
    private final PinnedConnection connection;
    private final ObjectMapper json = Json.lenientMapper();
    private volatile String token;

    private AdminClient(HttpUrl base, String pin) {
        this.base = base;
        this.connection = new PinnedConnection(base, pin);
    }

    /** Checks the address and pin format before any network use, so a typo gets a precise message. */
    public static AdminClient of(String serverUrl, String pin) throws AdminApiException {
        HttpUrl url = serverUrl == null ? null : HttpUrl.parse(serverUrl.strip());
        if (url == null || !url.isHttps()) {
            throw AdminApiException.local(INVALID_SERVER, "The server address must start with https://");
        }
        String cleanPin = pin == null ? "" : pin.strip();
        if (!PIN.matcher(cleanPin).matches()) {
            throw AdminApiException.local(INVALID_PIN,
                    "The pin must look like sha256/ followed by 44 base64 characters");
        }
        return new AdminClient(url.newBuilder().encodedPath("/").build(), cleanPin);
    }

    public String serverUrl() {
        return base.toString().replaceAll("/$", "");
    }

    public boolean loggedIn() {
        return token != null;
    }

    public AdminToken login(String username, String password) throws AdminApiException {
        AdminToken issued = call(new Request.Builder().url(url(Paths.ADMIN_LOGIN))
                .post(body(new AdminLogin(username, password))), AdminToken.class);
        token = issued.token();
        return issued;
    }

    public ServerInfo serverInfo() throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.ADMIN_SERVER)).get()), ServerInfo.class);
    }

    public MobileSettings mobileSettings() throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.ADMIN_SETTINGS_MOBILE)).get()),
                MobileSettings.class);
    }

    public MobileSettings updateMobileSettings(MobileSettingsPatch patch) throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.ADMIN_SETTINGS_MOBILE)).put(body(patch))),
                MobileSettings.class);
    }

    /** All registered phones, or only those of one user when {@code usernameOrNull} is given. */
    public DevicePage devices(String usernameOrNull) throws AdminApiException {
        HttpUrl.Builder url = url(Paths.ADMIN_DEVICES).newBuilder();
        if (usernameOrNull != null && !usernameOrNull.isBlank()) {
            url.addQueryParameter("user", usernameOrNull.strip());
        }
        return call(authorized(new Request.Builder().url(url.build()).get()), DevicePage.class);
    }

    /** The phone is wiped at its next contact; revoking twice changes nothing. */
    public DeviceDetail revokeDevice(String deviceId) throws AdminApiException {
        // encoded, so a garbled id stays one path segment (and is a plain 404)
        String id = URLEncoder.encode(deviceId == null ? "" : deviceId, StandardCharsets.UTF_8);
        return call(authorized(new Request.Builder().url(url(Paths.adminDeviceRevoke(id))).post(RequestBody.create(new byte[0], JSON))),
                DeviceDetail.class);
    }

    private HttpUrl url(String path) {
        return base.newBuilder().encodedPath(path).build();
    }

    private Request.Builder authorized(Request.Builder request) {
        String current = token;
        return current == null ? request : request.header("Authorization", "Bearer " + current);
    }

    private RequestBody body(Object value) throws AdminApiException {
        try {
            return RequestBody.create(json.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw AdminApiException.local("bad_request", "Cannot encode the request: " + e.getMessage());
        }
    }

    private <T> T call(Request.Builder request, Class<T> type) throws AdminApiException {
        try (Response response = connection.client().newCall(request.build()).execute()) {
            byte[] bytes = response.body().bytes();
            if (response.isSuccessful()) {
                return bytes.length == 0 ? null : json.readValue(bytes, type);
            }
            throw error(readError(bytes), response.code(), response.header("Retry-After"));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static AdminApiException error(ApiError error, int status, String retryAfter) {
        Long retry = error != null && error.retryAfterSeconds() != null ? error.retryAfterSeconds()
                : retryAfter != null && retryAfter.matches("\\d{1,9}") ? Long.valueOf(retryAfter) : null;
        boolean known = error != null && error.error() != null;
        return new AdminApiException(known ? error.error() : "http_" + status, status,
                known ? error.message() : "The server answered " + status, retry,
                known ? error.reasons() : null, known ? error.fields() : null);
    }

    private ApiError readError(byte[] bytes) {
        try {
            return json.readValue(bytes, ApiError.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static AdminApiException translate(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PinnedConnection.PinMismatchException
                    || t instanceof CertPathValidatorException
                    || t instanceof CertPathBuilderException
                    || (t instanceof SSLPeerUnverifiedException && t.getMessage() != null
                    && t.getMessage().contains("pin"))) {
                return AdminApiException.local(AdminApiException.PIN_MISMATCH,
                        "The server's key does not match the pin: this may not be your server "
                                + "(or the pin is wrong). Nothing was sent.");
            }
        }
        if (e instanceof SSLException) {
            return AdminApiException.local(AdminApiException.NETWORK_UNAVAILABLE,
                    "Secure connection failed: " + e.getMessage());
        }
        return AdminApiException.local(AdminApiException.NETWORK_UNAVAILABLE,
                "The server cannot be reached" + (e.getMessage() != null ? ": " + e.getMessage() : ""));
    }
}
