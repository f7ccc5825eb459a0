package com.roamvault.server.dmz;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.Paths;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Server's whole API: each mobile call goes to the core over the internal channel, and the
 * phone gets the core's answer. The phone's own address travels in {@value ClientAddress#FORWARDED_FOR},
 * always set here from the socket, so a phone cannot claim another address.
 */
public final class ForwardingRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(ForwardingRoutes.class);
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);
    /** What a phone's request means to the core; everything else it sent stays here. */
    private static final List<String> PASSED_HEADERS = List.of("Authorization", "Content-Type", "Accept");

    private final CoreClient core;

    ForwardingRoutes(CoreClient core) {
        this.core = core;
    }

    @Override
    public void register(RoutesConfig routes) {
        METHODS.forEach(method -> routes.addHttpHandler(method, Paths.MOBILE + "/*", this::forward));
    }

    private void forward(Context http) {
        byte[] body = http.bodyAsBytes();
        String target = http.req().getRequestURI() + (http.queryString() == null ? "" : "?" + http.queryString());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : PASSED_HEADERS) {
            String value = http.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        headers.put(ClientAddress.FORWARDED_FOR, http.ip());
        CoreClient.Answer answer;
        try {
            answer = core.send(http.method().name(), target, headers, body);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The request URI is malformed");
        } catch (IOException e) {
            LOG.warn("The core cannot be reached for {} {}: {}", http.method().name(), http.path(), e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        http.status(answer.status());
        if (answer.contentType() != null) {
            http.contentType(answer.contentType());
        }
        if (answer.retryAfter() != null) {
            http.header("Retry-After", answer.retryAfter());
        }
        http.result(answer.body());
    }

    private static ApiException unavailable() {
        return new ApiException(ErrorCode.UNAVAILABLE, "The vault is not reachable from the App Server right now; "
                + "try again later");
    }
}
