package com.roamvault.server.mobile;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether a user may use the mobile app right now: the account is enabled, its Mobile Native App
 * feature access is on, and its effective policy allows mobile access. Checked at login and
 * again at every sync, so taking access away reaches a phone at its next contact.
 */
public final class MobileAccess {
    private final PolicyService policies;

    public MobileAccess(PolicyService policies) {
        this.policies = policies;
    }

    /** The user's effective policy when mobile access is allowed; empty when it is not. */
    public Optional<MobilePolicy> policyIfAllowed(Sql sql, long userId) throws SQLException {
        boolean featureOn = sql.one("SELECT enabled, mobile_access FROM users WHERE id = ?",
                rs -> rs.getBoolean(1) && rs.getBoolean(2), userId).orElse(false);
        if (!featureOn) {
            return Optional.empty();
        }
        MobilePolicy policy = policies.effective(sql, userId);
        return policy.mobileAccessEnabled() ? Optional.of(policy) : Optional.empty();
    }

    public MobilePolicy require(Sql sql, long userId) throws SQLException {
        return policyIfAllowed(sql, userId).orElseThrow(MobileAccess::disabled);
    }

    public static ApiException disabled() {
        return new ApiException(ErrorCode.MOBILE_ACCESS_DISABLED,
                "Mobile access is disabled for this account; ask your security administrator");
    }
}
