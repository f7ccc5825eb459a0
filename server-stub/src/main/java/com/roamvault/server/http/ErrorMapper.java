package com.roamvault.server.http;

import com.roamvault.protocol.ApiError;
import com.roamvault.protocol.ErrorCode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the JSON error of API.md. Unexpected exceptions are logged once here,
 * with their cause, and answered as a bare {@code internal}: no stack trace ever reaches a client.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.code(), e.toBody(), e.retryAfterSeconds()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = switch (e.getStatus()) {
                case 400 -> ErrorCode.BAD_REQUEST;
                case 401 -> ErrorCode.UNAUTHORIZED;
                case 403 -> ErrorCode.FORBIDDEN;
                case 404 -> ErrorCode.NOT_FOUND;
                case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
                case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
                case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
                default -> e.getStatus() >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
            };
            String message = switch (code) {
                case NOT_FOUND -> "No such endpoint: " + ctx.method() + " " + ctx.path();
                case PAYLOAD_TOO_LARGE -> "The request body is too large";
                default -> e.getMessage();
            };
            answer(ctx, code, ApiError.of(code, message), null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            OptionalInt broken = BrokenRequests.statusOf(e);
            if (broken.isPresent()) {
                LOG.debug("A broken request on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                ctx.status(broken.getAsInt()).json(BrokenRequests.body(broken.getAsInt()));
                return;
            }
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, ErrorCode.INTERNAL, ApiError.of(ErrorCode.INTERNAL,
                    "The server failed to answer this request; the cause was logged"), null);
        });
    }

    public static void answer(Context ctx, ErrorCode code, Object body, Long retryAfterSeconds) {
        if (retryAfterSeconds != null) {
            ctx.header("Retry-After", Long.toString(retryAfterSeconds));
        }
        ctx.status(code.status()).json(body);
    }
}
