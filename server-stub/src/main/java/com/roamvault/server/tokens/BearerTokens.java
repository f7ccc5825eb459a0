package com.roamvault.server.tokens;

import com.roamvault.server.http.TokenHolder;
import com.roamvault.server.http.TokenLookup;
import com.roamvault.server.store.Database;
import java.util.Optional;

/** Looks up who holds a Bearer token, for the access control in front of every protected route. */
public final class BearerTokens implements TokenLookup {
    private final Database db;
    private final TokenService tokens;

    public BearerTokens(Database db, TokenService tokens) {
        this.db = db;
        this.tokens = tokens;
    }

    /** Empty when the token is unknown or expired. */
    @Override
    public Optional<TokenHolder> holder(String token) {
        return db.read(sql -> tokens.resolve(sql, token));
    }
}
