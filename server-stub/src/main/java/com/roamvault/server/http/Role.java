package com.roamvault.server.http;

import io.javalin.security.RouteRole;

/** Who may call a route; checked once, before the handler, by {@link AccessControl}. */
public enum Role implements RouteRole {
    /** No credentials (logins). */
    ANYONE,
    /** A phone's Bearer token for a registered, unrevoked device. */
    DEVICE,
    /** An admin Bearer token of a security administrator. */
    SECURITY_ADMIN,
    /** The Passwordstate-style {@code APIKey} header. */
    API_KEY
}
