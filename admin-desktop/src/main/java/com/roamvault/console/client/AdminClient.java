package com.roamvault.console.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.protocol.admin.AdminToken;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.DevicePage;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.PasswordReset;
import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserMobileUpdate;
import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
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

    /**
     * Trust on first use: the pin of the key the server at {@code serverUrl} presents, read from the
     * TLS handshake alone (nothing is sent). Shown to the admin to compare before it is trusted.
     */
    public static String presentedPin(String serverUrl) throws AdminApiException {
        HttpUrl url = serverUrl == null ? null : HttpUrl.parse(serverUrl.strip());
        if (url == null || !url.isHttps()) {
            throw AdminApiException.local(INVALID_SERVER, "The server address must start with https://");
        }
        try {
            return PinnedConnection.presentedPin(url);
        } catch (IOException e) {
            throw translate(e);
        }
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
        return call(authorized(new Request.Builder().url(url(Paths.adminDeviceRevoke(id))).post(emptyBody())),
                DeviceDetail.class);
    }

    /** One page of users whose name or display name contains {@code query} (blank = all). */
    public UserPage users(String query, int limit, int offset) throws AdminApiException {
        HttpUrl.Builder url = url(Paths.ADMIN_USERS).newBuilder()
                .addQueryParameter("limit", Integer.toString(limit))
                .addQueryParameter("offset", Integer.toString(offset));
        if (query != null && !query.isBlank()) {
            url.addQueryParameter("query", query.strip());
        }
        return call(authorized(new Request.Builder().url(url.build()).get()), UserPage.class);
    }

    public UserMobile userMobile(long userId) throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.adminUserMobile(userId))).get()), UserMobile.class);
    }

    /** Replaces the user's overrides as a whole (null fields inherit the global value). */
    public UserMobile updateUserMobile(long userId, MobileOptions overrides) throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.adminUserMobile(userId)))
                .put(body(new UserMobileUpdate(overrides)))), UserMobile.class);
    }

    public UserDetail unlockUser(long userId) throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.adminUserUnlock(userId))).post(emptyBody())),
                UserDetail.class);
    }

    /** Policy-checked by the server: a weak password is a 422 {@code weak_password} with the reasons. */
    public void resetMasterPassword(long userId, String password) throws AdminApiException {
        call(authorized(new Request.Builder().url(url(Paths.adminUserMasterPassword(userId)))
                .put(body(new PasswordReset(password)))), Void.class);
    }

    public PairingCode pairingCode(long userId) throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.adminUserPairingCode(userId))).get()),
                PairingCode.class);
    }

    public Stats stats() throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.ADMIN_STATS)).get()), Stats.class);
    }

    /** One page of the audit history, newest first; {@code before} is the previous page's {@code next}. */
    public AuditPage audit(AuditQuery query, int limit, Long before) throws AdminApiException {
        HttpUrl.Builder url = query.addTo(url(Paths.ADMIN_AUDIT).newBuilder())
                .addQueryParameter("limit", Integer.toString(limit));
        if (before != null) {
            url.addQueryParameter("before", before.toString());
        }
        return call(authorized(new Request.Builder().url(url.build()).get()), AuditPage.class);
    }

    /**
     * Streams the CSV export of the filtered history into {@code out}, reporting bytes written so
     * far; the server streams, so memory stays flat however long the log is.
     */
    public long exportAudit(AuditQuery query, OutputStream out, LongConsumer progress) throws AdminApiException {
        Request request = authorized(new Request.Builder()
                .url(query.addTo(url(Paths.ADMIN_AUDIT_EXPORT).newBuilder()).build()).get()).build();
        try (Response response = connection.client().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw noticed(error(readError(response.body().bytes()), response.code(), response.header("Retry-After")));
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = response.body().byteStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    total += n;
                    progress.accept(total);
                }
            }
            return total;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    public AuditVerifyResult verifyAudit() throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.ADMIN_AUDIT_VERIFY)).get()),
                AuditVerifyResult.class);
    }

    private static RequestBody emptyBody() {
        return RequestBody.create(new byte[0], JSON);
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
                return bytes.length == 0 || type == Void.class ? null : json.readValue(bytes, type);
            }
            throw noticed(error(readError(bytes), response.code(), response.header("Retry-After")));
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

    // Session expiry: one hook for the whole console, so no screen has to handle a dead token itself.
    private volatile Runnable unauthorizedListener = () -> { };

    /**
     * Runs {@code listener} on the calling (worker) thread whenever a call made with a session token
     * answers 401 {@code unauthorized} (the token expired or the server forgot it). A wrong password
     * at login is {@code invalid_credentials} and does not count.
     */
    public void onUnauthorized(Runnable listener) {
        unauthorizedListener = listener == null ? () -> { } : listener;
    }

    private AdminApiException noticed(AdminApiException e) {
        if (e.status() == 401 && "unauthorized".equals(e.code()) && token != null) {
            unauthorizedListener.run();
        }
        return e;
    }

    /** Creates a user account (the console has no screen for it yet; tests and scripts seed users with it). */
    public UserDetail createUser(UserCreate user) throws AdminApiException {
        return call(authorized(new Request.Builder().url(url(Paths.ADMIN_USERS)).post(body(user))), UserDetail.class);
    }
}
