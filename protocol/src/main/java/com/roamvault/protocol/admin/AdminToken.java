package com.roamvault.protocol.admin;

import java.time.Instant;

public record AdminToken(String token, Instant expiresAt) {
    @Override
    public String toString() {
        return "AdminToken[expiresAt=" + expiresAt + "]";
    }
}
