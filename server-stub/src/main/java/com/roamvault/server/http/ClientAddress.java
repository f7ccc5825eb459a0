package com.roamvault.server.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The address a request is on behalf of, for lockouts, rate limits and the audit log: the socket's
 * peer — or, only for requests that came over the DMZ core's mutually authenticated internal
 * channel, the phone's address as the App Server saw it. Anywhere else the header is ignored,
 * so no client can choose its own address.
 */
public final class ClientAddress {
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String KEY = "roamvault.forwardedFor";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Za-z:.%\\[\\]]{1,64}");

    private ClientAddress() {
    }

    public static String of(Context ctx) {
        String forwarded = ctx.attribute(KEY);
        return forwarded != null ? forwarded : ctx.ip();
    }

    /** Takes the App Server's {@value #FORWARDED_FOR}; call it only for a request from the authenticated App Server. */
    public static void trustForwarded(Context ctx) {
        String value = ctx.header(FORWARDED_FOR);
        if (value == null) {
            return;
        }
        String address = value.strip();
        if (!ADDRESS.matcher(address).matches()) {
            throw ApiException.badRequest("The App Server forwarded an invalid client address");
        }
        ctx.attribute(KEY, address);
    }
}
