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

    /** A call's answer: the success body, or the body of the one error status the caller reads itself. */
    public record Outcome<T, A>(T ok, A alternate) {
    }

    /**
     * Like {@link #call(Request, Class)}, except that an answer with {@code alternateStatus} is read as
     * {@code alternateType} and returned (an edit's 409 carries the current record, say) instead of thrown.
     */
    public <T, A> Outcome<T, A> call(Request request, Class<T> type, int alternateStatus, Class<A> alternateType)
            throws RoamvaultClientException {
        Answer answer = send(request);
        if (answer.status() == alternateStatus) {
            return new Outcome<>(null, read(answer.bytes(), json.constructType(alternateType)));
        }
        return new Outcome<>(success(answer, json.constructType(type)), null);
    }

    private <T> T call(Request request, JavaType type) throws RoamvaultClientException {
        return success(send(request), type);
    }

    private record Answer(int status, byte[] bytes, String retryAfter) {
    }

    private Answer send(Request request) throws RoamvaultClientException {
        try (Response response = client(request).newCall(request).execute()) {
            return new Answer(response.code(), response.body().bytes(), response.header("Retry-After"));
        } catch (IOException e) {
            throw Failures.of(e);
        }
    }

    private <T> T success(Answer answer, JavaType type) throws RoamvaultClientException {
        if (answer.status() < 200 || answer.status() >= 300) {
            throw errors.read(answer.status(), answer.bytes(), answer.retryAfter());
        }
        if (type.getRawClass() == Void.class || answer.bytes().length == 0) {
            return null;
        }
        return read(answer.bytes(), type);
    }

    private <T> T read(byte[] bytes, JavaType type) throws RoamvaultClientException {
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
