package com.roamvault.server.http;

import io.javalin.config.JavalinConfig;

/**
 * Every answer a server gives, including Jetty's own, the refused methods and oversized bodies, is API.md's
 * JSON. Call it after setting {@code config.http.maxRequestSize}.
 */
public final class JsonAnswers {
    private JsonAnswers() {
    }

    public static void install(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
        ErrorMapper.register(config.routes);
        config.routes.before(new RequestMethods());
        config.routes.before(new DeclaredBodySize(config.http.maxRequestSize));
    }
}
