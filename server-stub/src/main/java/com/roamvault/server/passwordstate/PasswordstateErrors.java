package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.server.http.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every failure on the Passwordstate paths in Passwordstate's error shape: handlers are
 * wrapped so that the server's own {@link ApiException}s (not found, validation, bad JSON), Javalin's
 * (body too large) and unexpected failures are translated before the global mapper sees them.
 */
final class PasswordstateErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordstateErrors.class);
    /** The vault's field names as Passwordstate spells them, for validation messages. */
    private static final Map<String, String> FIELD_NAMES = Map.of("title", "Title", "username", "UserName",
            "password", "Password", "url", "URL", "notes", "Notes", "domain", "Domain", "description", "Description",
            "hostName", "HostName", "otpUri", "OTPUri");

    private PasswordstateErrors() {
    }

    static void answer(PasswordstateException e, Context ctx) {
        ctx.status(e.status()).json(e.body());
    }

    static Handler translating(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (PasswordstateException e) {
                throw e;
            } catch (ApiException e) {
                throw new PasswordstateException(e.code(), phrase(e));
            } catch (HttpResponseException e) {
                ErrorCode code = e.getStatus() == 413 ? ErrorCode.PAYLOAD_TOO_LARGE
                        : e.getStatus() >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
                throw new PasswordstateException(code, code == ErrorCode.PAYLOAD_TOO_LARGE
                        ? "The request body is too large" : e.getMessage());
            } catch (Exception e) {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                throw new PasswordstateException(ErrorCode.INTERNAL,
                        "The server failed to answer this request; the cause was logged");
            }
        };
    }

    private static String phrase(ApiException e) {
        Map<String, String> fields = e.toBody().fields();
        if (fields == null || fields.isEmpty()) {
            return e.getMessage();
        }
        return fields.entrySet().stream()
                .map(f -> FIELD_NAMES.getOrDefault(f.getKey(), f.getKey()) + " " + f.getValue())
                .collect(Collectors.joining("; "));
    }
}
