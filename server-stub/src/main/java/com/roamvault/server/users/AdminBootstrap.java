package com.roamvault.server.users;

import com.roamvault.server.password.PasswordHashes;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Creates the security administrator {@code admin} on first start, with the given password or a
 * generated one (returned so it can be printed once). Never ships a default password.
 */
public final class AdminBootstrap {
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private AdminBootstrap() {
    }

    /** @return the generated password, if one was generated */
    public static Optional<String> ensureAdmin(Database db, Clock clock, PolicyService policies,
                                               PasswordPolicy passwordPolicy, PasswordHasher hasher,
                                               String givenPassword) {
        boolean exists = db.read(sql -> sql.count("SELECT COUNT(*) FROM users WHERE username_key = ?",
                LoginService.key("admin")) > 0);
        if (exists) {
            return Optional.empty();
        }
        String password = givenPassword != null ? givenPassword : generate();
        MobilePolicy policy = db.read(sql -> policies.settings(sql).policy());
        passwordPolicy.require(password, policy, List.of("admin"));
        String hash = hasher.hash(password);
        db.txRun(sql -> PasswordHashes.store(sql, sql.insert("INSERT INTO users (username, username_key, "
                        + "display_name, security_admin, mobile_access, created_at) VALUES (?, ?, ?, TRUE, TRUE, ?)",
                "admin", LoginService.key("admin"), "Security Administrator", clock.millis()), hash));
        return givenPassword == null ? Optional.of(password) : Optional.empty();
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            if (i > 0 && i % 6 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
