package com.roamvault.device.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.Paths;
import com.roamvault.server.http.HttpsConnector;
import com.roamvault.server.keys.TlsIdentity;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A compromised DMZ App Server: it holds the App Server's TLS key (so the phone's pin matches),
 * relays every mobile call to the real server, and while {@link #rewriting(boolean)} is on it
 * rewrites a sync answer's policy to 365 offline days with biometrics allowed. It has no lease
 * signing key: what it can change is only the unsigned policy beside the core's lease.
 */
public final class RewritingAppServer implements AutoCloseable {
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE);
    private static final ObjectMapper JSON = Json.mapper();

    private final URI upstream;
    private final HttpClient client;
    private final Javalin app;
    private final AtomicBoolean rewriting = new AtomicBoolean();

    public RewritingAppServer(URI upstream, Path serverDataDir) throws IOException {
        this.upstream = upstream;
        this.client = HttpClient.newBuilder().sslContext(trustingEveryone()).build();
        TlsIdentity tls = TlsIdentity.loadOrCreate(serverDataDir.resolve("keys"), "tls");
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.addConnector((server, http) -> HttpsConnector.create(server, http, tls, "127.0.0.1", 0));
            METHODS.forEach(m -> c.routes.addHttpHandler(m, Paths.MOBILE + "/*", this::relay));
        }).start();
    }

    public String url() {
        return "https://127.0.0.1:" + ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    public void rewriting(boolean on) {
        rewriting.set(on);
    }

    private void relay(Context http) throws IOException, InterruptedException {
        String target = http.req().getRequestURI() + (http.queryString() == null ? "" : "?" + http.queryString());
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(target))
                .method(http.method().name(), HttpRequest.BodyPublishers.ofByteArray(http.bodyAsBytes()));
        for (String name : List.of("Authorization", "Content-Type", "Accept")) {
            if (http.header(name) != null) {
                request.header(name, http.header(name));
            }
        }
        HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = answer.body();
        if (rewriting.get() && http.path().equals(Paths.MOBILE + "/sync") && answer.statusCode() == 200) {
            ObjectNode sync = (ObjectNode) JSON.readTree(body);
            ObjectNode policy = (ObjectNode) sync.get("policy");
            policy.put("offlineCacheDays", 365);
            policy.put("biometricUnlockAllowed", true);
            body = JSON.writeValueAsBytes(sync);
        }
        http.status(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(http::contentType);
        http.result(body);
    }

    private static SSLContext trustingEveryone() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
