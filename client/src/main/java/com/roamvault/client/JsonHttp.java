package com.roamvault.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.LongConsumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The one call path of every client in this module: JSON in and out over the pinned connection,
 * each failure a {@link RoamvaultClientException}. Public for the area clients in sub-packages;
 * callers use {@link RoamvaultClient} instead.
 */
public final class JsonHttp {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final byte[] NOTHING = new byte[0];

    private final ServerConnection connection;
    private final ErrorReader errors;
    private final ObjectMapper json = Json.lenientMapper();

    public JsonHttp(ServerConnection connection, ErrorReader errors) {
        this.connection = connection;
        this.errors = errors;
    }

    public ServerConnection connection() {
        return connection;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The server's base with this path; add query parameters to the builder. */
    public HttpUrl.Builder url(String path) {
        return connection.base().newBuilder().encodedPath(path);
    }

    public RequestBody body(Object value) throws RoamvaultClientException {
        try {
            return RequestBody.create(value == null ? NOTHING : json.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            // no cause, no detail: the value may hold a password
            throw RoamvaultClientException.local(RoamvaultClientException.Kind.INVALID_ARGUMENT, "bad_request",
                    "The request body cannot be encoded as JSON");
        }
    }

    /** Sends the request and reads the answer as {@code type}; {@code Void.class} for none. */
    public <T> T call(Request request, Class<T> type) throws RoamvaultClientException {
        return call(request, json.constructType(type));
    }

    public <T> T call(Request request, TypeReference<T> type) throws RoamvaultClientException {
        return call(request, json.constructType(type));
    }

    private <T> T call(Request request, JavaType type) throws RoamvaultClientException {
        byte[] bytes;
        try (Response response = client(request).newCall(request).execute()) {
            bytes = response.body().bytes();
            if (!response.isSuccessful()) {
                throw errors.read(response.code(), bytes, response.header("Retry-After"));
            }
        } catch (IOException e) {
            throw Failures.of(e);
        }
        if (type.getRawClass() == Void.class || bytes.length == 0) {
            return null;
        }
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw Failures.protocol("The server's answer is not what the API describes (expected "
                    + type.getRawClass().getSimpleName() + ")");
        }
    }

    /**
     * Streams a successful answer's body into {@code out}, reporting the bytes written so far;
     * memory stays flat however long the body is. Returns the total.
     */
    public long stream(Request request, OutputStream out, LongConsumer progress) throws RoamvaultClientException {
        try (Response response = client(request).newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw errors.read(response.code(), response.body().bytes(), response.header("Retry-After"));
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
            throw Failures.of(e);
        }
    }

    private OkHttpClient client(Request request) throws IOException {
        return request.method().equals("GET") || request.method().equals("HEAD")
                ? connection.reading() : connection.writing();
    }
}
