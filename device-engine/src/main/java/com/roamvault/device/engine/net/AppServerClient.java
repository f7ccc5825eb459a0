package com.roamvault.device.engine.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.MasterPasswordChange;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.policy.MobilePolicy;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The phone's view of the mobile API (API.md), over TLS that trusts only the pinned key and
 * through the simulated network. Every failure becomes an {@link AppServerException} with a code.
 */
public final class AppServerClient {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final PinnedHttp pinned;
    private final ObjectMapper json = Json.lenientMapper();

    public AppServerClient(URI server, String pin, NetworkSwitch network) {
        this(server, pin, network, new OkHttpClient());
    }

    /** @param shared many simulated phones may share one connection pool and dispatcher (fleet runs) */
    public AppServerClient(URI server, String pin, NetworkSwitch network, OkHttpClient shared) {
        this.base = HttpUrl.get(server.toString());
        this.pinned = new PinnedHttp(base, pin, network, shared);
    }

    public LoginResponse login(LoginRequest request) throws AppServerException {
        return call(post(Paths.MOBILE_LOGIN, request, null), LoginResponse.class);
    }

    public SyncResponse sync(String token, String cursor) throws AppServerException {
        HttpUrl.Builder url = base.newBuilder().encodedPath(Paths.MOBILE_SYNC);
        if (cursor != null) {
            url.addQueryParameter("cursor", cursor);
        }
        return call(authorized(new Request.Builder().url(url.build()).get(), token), SyncResponse.class);
    }

    public MobilePolicy policy(String token) throws AppServerException {
        return call(authorized(new Request.Builder().url(base.newBuilder().encodedPath(Paths.MOBILE_POLICY).build()).get(),
                token), MobilePolicy.class);
    }

    public AuditUploadResult uploadAudit(String token, List<AuditUploadEvent> events) throws AppServerException {
        return call(post(Paths.MOBILE_AUDIT, new AuditUpload(events), token), AuditUploadResult.class);
    }

    public void changeMasterPassword(String token, String current, String next) throws AppServerException {
        Request.Builder request = new Request.Builder().url(base.newBuilder().encodedPath(Paths.MOBILE_MASTER_PASSWORD).build())
                .put(body(new MasterPasswordChange(current, next)));
        call(authorized(request, token), Void.class);
    }

    private Request.Builder post(String path, Object body, String token) throws AppServerException {
        Request.Builder request = new Request.Builder().url(base.newBuilder().encodedPath(path).build()).post(body(body));
        return token == null ? request : authorized(request, token);
    }

    private static Request.Builder authorized(Request.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private RequestBody body(Object value) throws AppServerException {
        try {
            return RequestBody.create(json.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw new AppServerException("bad_request", 0, "Cannot encode the request: " + e.getMessage(), null, null, null);
        }
    }

    private <T> T call(Request.Builder request, Class<T> type) throws AppServerException {
        try (Response response = pinned.client().newCall(request.build()).execute()) {
            byte[] bytes = response.body().bytes();
            if (response.isSuccessful()) {
                return type == Void.class || bytes.length == 0 ? null : json.readValue(bytes, type);
            }
            ApiError error = readError(bytes);
            String retry = response.header("Retry-After");
            return throwError(error, response.code(), retry);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private <T> T throwError(ApiError error, int status, String retryAfter) throws AppServerException {
        Long retry = error != null && error.retryAfterSeconds() != null ? error.retryAfterSeconds()
                : retryAfter != null && retryAfter.chars().allMatch(Character::isDigit) ? Long.valueOf(retryAfter) : null;
        throw new AppServerException(error != null && error.error() != null ? error.error() : "http_" + status, status,
                error != null ? error.message() : "The server answered " + status, retry,
                error != null ? error.reasons() : null, error != null ? error.fields() : null);
    }

    private ApiError readError(byte[] bytes) {
        try {
            return json.readValue(bytes, ApiError.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static AppServerException translate(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PinnedTls.PinMismatchException
                    || t instanceof java.security.cert.CertPathValidatorException
                    || t instanceof java.security.cert.CertPathBuilderException
                    || (t instanceof javax.net.ssl.SSLPeerUnverifiedException && t.getMessage() != null
                    && t.getMessage().contains("pin"))) {
                return new AppServerException(AppServerException.PIN_MISMATCH, 0,
                        "The server's certificate key does not match the pinned key: possible man-in-the-middle. "
                                + "Nothing was sent.", null, null, null);
            }
        }
        if (e instanceof SSLException) {
            return AppServerException.network("Secure connection failed: " + e.getMessage());
        }
        return AppServerException.network(e.getMessage() != null ? e.getMessage() : "The server cannot be reached");
    }
}
