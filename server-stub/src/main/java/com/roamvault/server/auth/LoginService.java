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
import com.roamvault.server.policy.TrustedNetworks;
import com.roamvault.server.store.Database;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks username + master password with the App Server's brute-force defences: per-account
 * lockout ({@code account_locked}, even with the right password) and a per-address failure
 * limit ({@code rate_limited}, per {@link LoginKind}, not for trusted networks). Both are claimed
 * in the database before the Argon2 check ({@link AddressClaims}, {@link AccountClaims}), so
 * concurrent attempts on any number of servers evaluate no more guesses than the limits allow.
 * Unknown user and wrong password answer alike, after the same work.
 */
public final class LoginService {
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PolicyService policies;
    private final AuditLog audit;
    private final AddressClaims addresses;
    private final AccountClaims accounts;

    public LoginService(Database db, Clock clock, PasswordHasher hasher, PolicyService policies, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.policies = policies;
        this.audit = audit;
        this.addresses = new AddressClaims(db);
        this.accounts = new AccountClaims(db);
    }

    /** The account a login proved. */
    public record Account(long id, String username, boolean securityAdmin, boolean mobileAccess) {
    }

    private record Stored(long id, String username, String hash, boolean enabled, boolean securityAdmin,
                          boolean mobileAccess) {
    }

    /** Where the attempt came from, for the limits and the audit log. */
    private record Origin(String clientIp, String platform, String deviceId) {
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
        LoginKind kind = AuditEntry.ADMIN_CONSOLE.equals(platform) ? LoginKind.ADMIN : LoginKind.MOBILE;
        Optional<AddressClaims.Slot> slot = Optional.empty();
        if (!TrustedNetworks.of(settings.trustedNetworks()).contains(clientIp)) {
            slot = addresses.claim(clientIp, kind, settings.addressMaxFailuresPerHour(), now);
            if (slot.isEmpty()) {
                throw new ApiException(ErrorCode.RATE_LIMITED, "Too many failed logins from this address; try again "
                        + "later", null, null, AddressClaims.retryAfterSeconds(now));
            }
        }
        Origin origin = new Origin(clientIp, platform, deviceId);
        try {
            Account account = check(username, password, origin, settings, now);
            slot.ifPresent(addresses::release);
            return account;
        } catch (AccountLocked e) {
            // refused before any password check: no guess was evaluated, so no address failure
            slot.ifPresent(addresses::release);
            throw locked(e.lockedUntil - now);
        }
    }

    /** The address slot is held: claims the account's attempt, checks the password, counts a failure. */
    private Account check(String username, String password, Origin origin, MobileSettings settings, long now) {
        Optional<Stored> found = db.read(sql -> sql.one("SELECT id, username, master_password_hash, enabled, "
                        + "security_admin, mobile_access FROM users WHERE username_key = ?",
                rs -> new Stored(rs.getLong(1), rs.getString(2), PasswordHashes.open(sql, rs.getLong(1), rs.getString(3)),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)), key(username)));
        if (found.isEmpty()) {
            hasher.burnOneVerification(password);
            failed(username, origin, null);
            throw invalid();
        }
        Stored user = found.get();
        AccountClaims.Claim claim = switch (accounts.claim(user.id(), settings.bruteForceMaxAttempts(),
                settings.bruteForceLockoutMinutes(), now)) {
            case AccountClaims.Claim c -> c;
            case AccountClaims.Refusal r -> {
                // a burst's refusals all append at once: a lost race retries like a counted failure does
                db.txRetrying(sql -> {
                    audit.append(sql, AuditEntry.server(origin.platform(), AuditActions.LOGIN_FAILED, "failure",
                            user.username(), origin.deviceId(), origin.clientIp(), "reason=account_locked"));
                    return null;
                });
                throw new AccountLocked(r.lockedUntil());
            }
        };
        if (hasher.verify(password, user.hash()) && user.enabled()) {
            accounts.release(claim);
            return new Account(user.id(), user.username(), user.securityAdmin(), user.mobileAccess());
        }
        failed(user.username(), origin, claim.locksIfWrong() ? settings : null);
        if (claim.locksIfWrong()) {
            throw locked(claim.lockedUntil() - now);
        }
        throw invalid();
    }

    /** Audits a failure that was counted; {@code lockedBy} is given when it locked the account. */
    private void failed(String who, Origin origin, MobileSettings lockedBy) {
        db.txRetrying(sql -> {
            audit.append(sql, AuditEntry.server(origin.platform(), AuditActions.LOGIN_FAILED, "failure", who,
                    origin.deviceId(), origin.clientIp(), "reason=invalid_credentials"));
            if (lockedBy != null) {
                audit.append(sql, AuditEntry.server(origin.platform(), AuditActions.ACCOUNT_LOCKED, "success", who,
                        origin.deviceId(), origin.clientIp(), "after=" + lockedBy.bruteForceMaxAttempts()
                                + " failures, minutes=" + lockedBy.bruteForceLockoutMinutes()));
            }
            return null;
        });
    }

    /** The account refused the attempt before its password was checked. */
    private static final class AccountLocked extends RuntimeException {
        private final long lockedUntil;

        AccountLocked(long lockedUntil) {
            super(null, null, false, false);
            this.lockedUntil = lockedUntil;
        }
    }

    private static ApiException invalid() {
        return new ApiException(ErrorCode.INVALID_CREDENTIALS, "Invalid username or password");
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
