package com.roamvault.client.admin;

import com.roamvault.client.JsonHttp;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.ErrorCode;
import java.io.OutputStream;
import java.util.function.LongConsumer;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** The admin token and the calls made with it; shared by the area clients of one {@link AdminClient}. */
final class AdminSession {
    private final JsonHttp http;
    private volatile String token;
    private volatile Runnable unauthorized = () -> { };

    AdminSession(JsonHttp http) {
        this.http = http;
    }

    JsonHttp http() {
        return http;
    }

    HttpUrl.Builder url(String path) {
        return http.url(path);
    }

    void token(String value) {
        token = value;
    }

    boolean hasToken() {
        return token != null;
    }

    void onUnauthorized(Runnable listener) {
        unauthorized = listener == null ? () -> { } : listener;
    }

    <T> T get(HttpUrl url, Class<T> type) throws RoamvaultClientException {
        return send(request(url).get(), type);
    }

    <T> T get(String path, Class<T> type) throws RoamvaultClientException {
        return get(url(path).build(), type);
    }

    <T> T post(String path, Object body, Class<T> type) throws RoamvaultClientException {
        return send(request(url(path).build()).post(http.body(body)), type);
    }

    <T> T put(String path, Object body, Class<T> type) throws RoamvaultClientException {
        return send(request(url(path).build()).put(http.body(body)), type);
    }

    void delete(String path) throws RoamvaultClientException {
        send(request(url(path).build()).delete(), Void.class);
    }

    long stream(HttpUrl url, OutputStream out, LongConsumer progress) throws RoamvaultClientException {
        try {
            return http.stream(request(url).get().build(), out, progress);
        } catch (RoamvaultClientException e) {
            throw noticed(e);
        }
    }

    private <T> T send(Request.Builder request, Class<T> type) throws RoamvaultClientException {
        try {
            return http.call(request.build(), type);
        } catch (RoamvaultClientException e) {
            throw noticed(e);
        }
    }

    private Request.Builder request(HttpUrl url) {
        Request.Builder request = new Request.Builder().url(url);
        String current = token;
        return current == null ? request : request.header("Authorization", "Bearer " + current);
    }

    /**
     * Session expiry: one hook for the whole program, so no screen handles a dead token itself.
     * A wrong password at login is {@code invalid_credentials} and does not count.
     */
    private RoamvaultClientException noticed(RoamvaultClientException e) {
        if (e.is(ErrorCode.UNAUTHORIZED) && token != null) {
            unauthorized.run();
        }
        return e;
    }
}
