package com.roamvault.server.http;

import com.roamvault.protocol.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * A request's method is the one on its request line, and only API.md's methods are answered:
 * <ul>
 * <li>HEAD is refused. Left alone, Javalin answers a HEAD on any GET route with an empty 200 without
 * running the route or its role check, so an anonymous caller would read "200" off an admin call.</li>
 * <li>{@code X-HTTP-Method-Override} is refused. Javalin would route by it, so a GET could run a DELETE
 * past any proxy or log that trusts the request line.</li>
 * </ul>
 */
public final class RequestMethods implements Handler {
    static final String OVERRIDE = "X-HTTP-Method-Override";

    @Override
    public void handle(Context ctx) {
        String method = ctx.req().getMethod();
        if ("HEAD".equalsIgnoreCase(method)) {
            throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "HEAD is not served here; use GET");
        }
        String override = ctx.header(OVERRIDE);
        if (override != null && !override.strip().equalsIgnoreCase(method)) {
            throw ApiException.badRequest(OVERRIDE + " is not honoured; send the method itself");
        }
    }
}
