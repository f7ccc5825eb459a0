package com.roamvault.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import okhttp3.CertificatePinner;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;

/**
 * A real HTTPS client for tests: trusts only the server's own certificate and pins its key, as
 * phones and the console do. Keeps a Bearer token once logged in.
 */
public final class Http {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = Json.mapper();

    private final OkHttpClient client;
    private final String baseUrl;
    private String bearer;

    private Http(OkHttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    public static Http pinnedTo(TestServer server) {
        return pinned(server.server().url(), server.server().wiring().keys().certificate(), server.server().pin());
    }

    public static Http pinned(String baseUrl, X509Certificate certificate, String pin) {
        HandshakeCertificates trust = new HandshakeCertificates.Builder().addTrustedCertificate(certificate).build();
        OkHttpClient client = new OkHttpClient.Builder()
                .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
                .certificatePinner(new CertificatePinner.Builder().add(URI.create(baseUrl).getHost(), pin).build())
                .callTimeout(Duration.ofSeconds(60))
                .build();
        return new Http(client, baseUrl);
    }

    public record Reply(int status, String body, okhttp3.Headers headers) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        public <T> T as(Class<T> type) {
            try {
                return Json.lenientMapper().readValue(body, type);
            } catch (IOException e) {
                throw new AssertionError("Cannot read " + type.getSimpleName() + " from: " + body, e);
            }
        }

        public String error() {
            return json().path("error").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Http bearer(String token) {
        this.bearer = token;
        return this;
    }

    public String bearer() {
        return bearer;
    }

    public Http loginAdmin(String username, String password) {
        Reply r = post("/api/admin/v1/login", java.util.Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("Admin login failed: " + r);
        }
        return bearer(r.json().get("token").asText());
    }

    public Reply get(String path) {
        return send(new Request.Builder().url(baseUrl + path).get());
    }

    public Reply delete(String path) {
        return send(new Request.Builder().url(baseUrl + path).delete());
    }

    public Reply post(String path, Object body) {
        return send(new Request.Builder().url(baseUrl + path).post(body(body)));
    }

    public Reply put(String path, Object body) {
        return send(new Request.Builder().url(baseUrl + path).put(body(body)));
    }

    /** Sends exactly these bytes as the JSON body (for malformed-input tests). */
    public Reply postRaw(String path, String raw) {
        return send(new Request.Builder().url(baseUrl + path).post(RequestBody.create(raw, JSON)));
    }

    public Reply putRaw(String path, String raw) {
        return send(new Request.Builder().url(baseUrl + path).put(RequestBody.create(raw, JSON)));
    }

    public Reply send(Request.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try (Response response = client.newCall(request.build()).execute()) {
            return new Reply(response.code(), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OkHttpClient okHttp() {
        return client;
    }

    public String baseUrl() {
        return baseUrl;
    }

    private static RequestBody body(Object body) {
        try {
            String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
            return RequestBody.create(text, JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
