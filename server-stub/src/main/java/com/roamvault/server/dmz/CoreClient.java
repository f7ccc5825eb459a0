package com.roamvault.server.dmz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** The App Server's side of the internal channel: HTTPS with its own certificate, the core's key pinned. */
final class CoreClient implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    /** The core's answer, as much of it as a phone needs. */
    record Answer(int status, String contentType, String retryAfter, byte[] body) {
    }

    private final URI coreUrl;
    private final HttpClient http;

    CoreClient(URI coreUrl, SSLContext tls) {
        this.coreUrl = coreUrl;
        SSLParameters params = new SSLParameters();
        params.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        this.http = HttpClient.newBuilder().sslContext(tls).sslParameters(params)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends one request to the core. {@code target} is the path with its query, exactly as the
     * phone sent it. Throws when the core cannot be reached or is not the pinned one.
     */
    Answer send(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(coreUrl.resolve(target)).timeout(ANSWER_TIMEOUT)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), response.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
