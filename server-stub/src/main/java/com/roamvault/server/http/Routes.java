package com.roamvault.server.http;

import io.javalin.config.RoutesConfig;

/** One feature's endpoints; each feature package has one and the server lists them all. */
public interface Routes {
    void register(RoutesConfig routes);
}
