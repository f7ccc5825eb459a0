package com.roamvault.attack.fuzz;

import com.roamvault.server.support.RawHttps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends hostile requests a few at a time: over one pooled OkHttp client that keeps its connections, or
 * as raw TLS bytes for what OkHttp refuses to send (control characters in headers, paths it would normalise).
 */
final class Sender implements AutoCloseable {
    private static final int PARALLEL = 4;
    private final OkHttpClient client;
    private final String baseUrl;
    private final RawHttps raw;
    private final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);

    Sender(OkHttpClient client, String baseUrl, RawHttps raw) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.raw = raw;
    }

    void sendAll(List<HostileRequest> requests, Verdicts verdicts) throws Exception {
        List<Future<?>> running = requests.stream()
                .<Future<?>>map(r -> pool.submit(() -> verdicts.judge(r, send(r)))).toList();
        for (Future<?> f : running) {
            f.get();
        }
    }

    /** The answer, or status -1 with the reason when the server gave none (counted as a failed check). */
    Answer send(HostileRequest request) {
        Answer answer = sendOnce(request);
        if (answer.status() < 0 && request.raw() != null) {
            // A server that refuses a request line at once closes while the client may still be writing; the
            // reset can discard its answer before it is read. Once more: a second silence is a real failure.
            answer = sendOnce(request);
        }
        return answer;
    }

    private Answer sendOnce(HostileRequest request) {
        try {
            return sendOrThrow(request);
        } catch (UncheckedIOException e) {
            return new Answer(-1, "", String.valueOf(e.getCause()));
        }
    }

    private Answer sendOrThrow(HostileRequest request) {
        if (request.raw() != null) {
            return fromRaw(request.kind().equals(RawRequests.CUT_SHORT) ? raw.sendThenHalfClose(
                    new String(request.raw(), StandardCharsets.ISO_8859_1)) : raw.send(request.raw()));
        }
        Request built;
        try {
            built = build(request);
        } catch (IllegalArgumentException e) {
            return fromRaw(raw.send(asRawBytes(request)));
        }
        try (Response response = client.newCall(built).execute()) {
            return new Answer(response.code(), response.header("Content-Type", ""), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.method() + " " + request.path(), e);
        }
    }

    private Request build(HostileRequest request) {
        HttpUrl url = HttpUrl.parse(baseUrl + request.path());
        if (url == null) {
            throw new IllegalArgumentException("not a URL OkHttp sends");
        }
        Headers.Builder headers = new Headers.Builder();
        request.headers().forEach(headers::addUnsafeNonAscii);
        String type = request.headers().getOrDefault("Content-Type", "");
        RequestBody body = null;
        boolean requires = List.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT").contains(request.method());
        boolean permits = !request.method().equals("GET") && !request.method().equals("HEAD");
        if (permits && (request.body() != null || requires)) {
            body = RequestBody.create(request.body() == null ? new byte[0] : request.body(), MediaType.parse(type));
        }
        return new Request.Builder().url(url).headers(headers.build()).method(request.method(), body).build();
    }

    private static byte[] asRawBytes(HostileRequest request) {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.path())
                .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private static Answer fromRaw(RawHttps.Answer answer) {
        return new Answer(answer.status(), answer.contentType(), answer.body());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
