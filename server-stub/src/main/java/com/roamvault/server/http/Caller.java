package com.roamvault.server.http;

import io.javalin.http.Context;

/** Who made the current request, as established by {@link AccessControl}. */
public record Caller(long userId, String username, String deviceId, String clientIp) {
    private static final String KEY = "roamvault.caller";

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(KEY);
        if (caller == null) {
            throw new IllegalStateException("No caller on a route that needs one");
        }
        return caller;
    }

    void attachTo(Context ctx) {
        ctx.attribute(KEY, this);
    }
}
