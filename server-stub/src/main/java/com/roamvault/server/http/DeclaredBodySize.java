package com.roamvault.server.http;

import com.roamvault.protocol.ErrorCode;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * A request whose Content-Length already says its body is over the limit is answered 413 at once:
 * Javalin would otherwise wait for the body to arrive (or the idle timeout) before refusing it.
 */
public final class DeclaredBodySize implements Handler {
    private final long maxBytes;

    public DeclaredBodySize(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
    }
}
