package com.roamvault.server.auth;

import com.roamvault.server.password.PasswordHashes;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks username + master password with the App Server's brute-force defences: per-account
 * lockout ({@code account_locked}, even with the right password) and a per-address failure
 * limit ({@code rate_limited}). Unknown user and wrong password answer alike, after the same work.
 */
public final class LoginService {
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();

    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PolicyService policies;
    private final AuditLog audit;

    public LoginService(Database db, Clock clock, PasswordHasher hasher, PolicyService policies, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.policies = policies;
        this.audit = audit;
    }

    /** The account a login proved. */
    public record Account(long id, String username, boolean securityAdmin, boolean mobileAccess) {
    }

    private record Stored(long id, String username, String hash, boolean enabled, boolean securityAdmin,
                          boolean mobileAccess, Long lockedUntil) {
    }

    public Account authenticate(String username, String password, String clientIp, String platform, String deviceId) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.badRequest("username and password are required");
        }
        if (username.length() > 200 || password.length() > 1024) {
            throw new ApiException(ErrorCode.INVALID_CREDENTIALS, "Invalid username or password");
        }
        long now = clock.millis();
        MobileSettings settings = db.read(policies::settings);
        long hourStart = now - now % HOUR_MS;
        long addressFailures = db.read(sql -> sql.count(
                "SELECT failures FROM address_failures WHERE address = ? AND hour_start = ?", clientIp, hourStart));
        if (addressFailures >= settings.addressMaxFailuresPerHour()) {
            long retry = Math.max(1, (hourStart + HOUR_MS - now) / 1000);
            throw new ApiException(ErrorCode.RATE_LIMITED, "Too many failed logins from this address; try again later",
                    null, null, retry);
        }
        Optional<Stored> found = db.read(sql -> sql.one("SELECT id, username, master_password_hash, enabled, "
                        + "security_admin, mobile_access, locked_until FROM users WHERE username_key = ?",
                rs -> new Stored(rs.getLong(1), rs.getString(2), PasswordHashes.open(sql, rs.getLong(1), rs.getString(3)),
                        rs.getBoolean(4), rs.getBoolean(5),
                        rs.getBoolean(6), Sql.nullableLong(rs, "locked_until")), key(username)));

        boolean ok = hasher.verify(password, found.map(Stored::hash).orElse(null));
        if (found.isPresent() && found.get().lockedUntil() != null && found.get().lockedUntil() > now) {
            Stored user = found.get();
            db.txRun(sql -> audit.append(sql, AuditEntry.server(platform, AuditActions.LOGIN_FAILED, "failure",
                    user.username(), deviceId, clientIp, "reason=account_locked")));
            throw locked(user.lockedUntil() - now);
        }
        if (ok && found.get().enabled()) {
            Stored user = found.get();
            db.txRun(sql -> sql.update("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?", user.id()));
            return new Account(user.id(), user.username(), user.securityAdmin(), user.mobileAccess());
        }
        Long lockedFor = db.txRetrying(sql -> recordFailure(sql, found, username, clientIp, platform, deviceId, settings,
                now, hourStart));
        if (lockedFor != null) {
            throw locked(lockedFor);
        }
        throw new ApiException(ErrorCode.INVALID_CREDENTIALS, "Invalid username or password");
    }

    /** Counts the failure; returns the lockout in ms when this failure locked the account. */
    private Long recordFailure(Sql sql, Optional<Stored> found, String typed, String clientIp, String platform,
                               String deviceId, MobileSettings settings, long now, long hourStart) throws SQLException {
        if (sql.update("UPDATE address_failures SET failures = failures + 1 WHERE address = ? AND hour_start = ?",
                clientIp, hourStart) == 0) {
            sql.update("INSERT INTO address_failures (address, hour_start, failures) VALUES (?, ?, 1)", clientIp, hourStart);
            sql.update("DELETE FROM address_failures WHERE hour_start < ?", hourStart - HOUR_MS);
        }
        String who = found.map(Stored::username).orElse(typed);
        audit.append(sql, AuditEntry.server(platform, AuditActions.LOGIN_FAILED, "failure", who, deviceId, clientIp,
                "reason=invalid_credentials"));
        if (found.isEmpty()) {
            return null;
        }
        long id = found.get().id();
        sql.update("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?", id);
        int failures = (int) sql.count("SELECT failed_logins FROM users WHERE id = ?", id);
        if (failures < settings.bruteForceMaxAttempts()) {
            return null;
        }
        long lockMs = Duration.ofMinutes(settings.bruteForceLockoutMinutes()).toMillis();
        sql.update("UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?", now + lockMs, id);
        audit.append(sql, AuditEntry.server(platform, AuditActions.ACCOUNT_LOCKED, "success", who, deviceId, clientIp,
                "after=" + failures + " failures, minutes=" + settings.bruteForceLockoutMinutes()));
        return lockMs;
    }

    private static ApiException locked(long remainingMs) {
        long seconds = Math.max(1, (remainingMs + 999) / 1000);
        return new ApiException(ErrorCode.ACCOUNT_LOCKED, "The account is locked after repeated failed logins",
                null, null, seconds);
    }

    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
