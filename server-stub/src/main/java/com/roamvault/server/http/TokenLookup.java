package com.roamvault.server.http;

import java.util.Optional;

/** Who holds a Bearer token; the auth feature answers, so the http layer needs no store. */
@FunctionalInterface
public interface TokenLookup {
    /** Empty when the token is unknown or expired. */
    Optional<TokenHolder> holder(String token);
}
