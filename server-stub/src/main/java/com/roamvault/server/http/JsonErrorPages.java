package com.roamvault.server.http;

import com.roamvault.protocol.ApiError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers some requests itself before any route runs (a URI too long, an illegal
 * character such as %00, a broken header, {@code OPTIONS *}): those answers too are API.md's JSON
 * error, not HTML and not an empty body, whatever the method.
 */
public final class JsonErrorPages extends ErrorHandler {
    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");

    /** Jetty writes no body at all for methods other than GET, POST and HEAD unless told to. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        int answered = BrokenRequests.clientStatus(status);
        response.setStatus(answered);
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(body(answered)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        return ByteBuffer.wrap(body(status));
    }

    static byte[] body(int status) {
        ApiError error = BrokenRequests.body(status);
        return ("{\"error\":\"" + error.error() + "\",\"message\":\"" + error.message() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
