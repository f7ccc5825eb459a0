package com.roamvault.server.tokens;

import com.roamvault.server.http.TokenHolder;
import com.roamvault.server.store.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Bearer tokens: 256 random bits handed out once, stored only as SHA-256, expiring, and deleted
 * with their device. Lookup is by hash, so a stored value never matches a guessed token.
 */
public final class TokenService {
    public static final String MOBILE = TokenHolder.MOBILE;
    public static final String ADMIN = TokenHolder.ADMIN;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(Clock clock) {
        this.clock = clock;
    }

    public record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }


    public Issued issue(Sql sql, String kind, long userId, String deviceId, Duration ttl) throws SQLException {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expiresAt = clock.instant().plus(ttl);
        sql.update("INSERT INTO access_tokens (token_hash, kind, user_id, device_id, expires_at) VALUES (?, ?, ?, ?, ?)",
                hash(token), kind, userId, deviceId, expiresAt.toEpochMilli());
        sql.update("DELETE FROM access_tokens WHERE user_id = ? AND expires_at < ?", userId, clock.millis());
        return new Issued(token, expiresAt);
    }

    public Optional<TokenHolder> resolve(Sql sql, String token) throws SQLException {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return sql.one("SELECT t.kind, t.user_id, u.username, u.security_admin, u.enabled, t.device_id, "
                        + "d.revoked_at FROM access_tokens t JOIN users u ON u.id = t.user_id "
                        + "LEFT JOIN devices d ON d.id = t.device_id WHERE t.token_hash = ? AND t.expires_at > ?",
                rs -> {
                    rs.getLong("revoked_at");
                    boolean revoked = !rs.wasNull();
                    return new TokenHolder(rs.getString("kind"), rs.getLong("user_id"), rs.getString("username"),
                            rs.getBoolean("security_admin"), rs.getBoolean("enabled"), rs.getString("device_id"),
                            revoked);
                },
                hash(token), clock.millis());
    }

    public void revokeDevice(Sql sql, String deviceId) throws SQLException {
        sql.update("DELETE FROM access_tokens WHERE device_id = ?", deviceId);
    }

    public void revokeUser(Sql sql, long userId) throws SQLException {
        sql.update("DELETE FROM access_tokens WHERE user_id = ?", userId);
    }

    /** Revokes only one kind of a user's tokens, e.g. the phones' when mobile access is turned off. */
    public void revokeUser(Sql sql, long userId, String kind) throws SQLException {
        sql.update("DELETE FROM access_tokens WHERE user_id = ? AND kind = ?", userId, kind);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
