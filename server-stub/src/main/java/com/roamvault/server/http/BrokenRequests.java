package com.roamvault.server.http;

import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.ErrorCode;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Requests the client broke at the HTTP level (bad chunking, a body cut short or never sent, a header
 * or URI too long): a 4xx of API.md's shape, never a server failure. Jetty reports these before a route
 * runs (to {@link JsonErrorPages}) or while a route reads the body (to {@link ErrorMapper}).
 */
public final class BrokenRequests {
    private static final int MAX_CAUSES = 16;

    private BrokenRequests() {
    }

    /** The 4xx status for a failure caused by the client's bytes, or empty for a real server failure. */
    public static OptionalInt statusOf(Throwable failure) {
        boolean io = false;
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return OptionalInt.of(http.getCode());
            }
            io |= t instanceof IOException;
            if (t instanceof EofException) {
                return OptionalInt.of(400);
            }
            if (io && t instanceof TimeoutException) {
                return OptionalInt.of(408);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The status to answer for one Jetty chose: its 4xx as is; 505 (a request line with no or an unknown
     * HTTP version) is the client's fault too, so it is a 400.
     */
    public static int clientStatus(int status) {
        return status == 505 ? 400 : status;
    }

    public static ApiError body(int status) {
        ErrorCode code = switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
        };
        String message = switch (status) {
            case 404 -> "No such endpoint";
            case 405 -> "This method is not served here";
            case 408 -> "The request did not arrive in time";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "The request body has an unsupported content type";
            case 431 -> "The request headers are too large";
            default -> status >= 500 ? "The server failed to answer this request" : "The request is malformed";
        };
        return ApiError.of(code, message);
    }
}
