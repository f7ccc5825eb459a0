package com.roamvault.server.mobile;

import com.roamvault.server.password.PasswordHashes;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.MasterPasswordChange;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.Caller;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import java.util.List;

/**
 * A user changes their own master password from the phone: the current one is checked like a
 * login (a wrong one counts toward the lockout), the new one against the user's effective policy.
 */
public final class MasterPasswordService {
    private final Database db;
    private final LoginService logins;
    private final PolicyService policies;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    public MasterPasswordService(Database db, LoginService logins, PolicyService policies,
                                 PasswordPolicy passwordPolicy, PasswordHasher hasher, AuditLog audit) {
        this.db = db;
        this.logins = logins;
        this.policies = policies;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.audit = audit;
    }

    public void change(Caller caller, MasterPasswordChange change) {
        LoginService.Account account = logins.authenticate(caller.username(), change.current(),
                caller.clientIp(), AuditEntry.APP_SERVER, caller.deviceId());
        if (account.id() != caller.userId()) {
            throw new ApiException(ErrorCode.INVALID_CREDENTIALS, "Invalid username or password");
        }
        MobilePolicy policy = db.read(sql -> policies.effective(sql, caller.userId()));
        passwordPolicy.require(change.newPassword(), policy, userInputs(caller.username()));
        String hash = hasher.hash(change.newPassword());
        db.txRun(sql -> {
            PasswordHashes.store(sql, caller.userId(), hash);
            audit.append(sql, AuditEntry.server(AuditEntry.APP_SERVER, AuditActions.MASTER_PASSWORD_CHANGED,
                    "success", caller.username(), caller.deviceId(), caller.clientIp(), "by=user"));
        });
    }

    /** The username and its part after a domain prefix ({@code CORP\jsmith} -> {@code jsmith}) are weak inputs. */
    static List<String> userInputs(String username) {
        int slash = username.lastIndexOf('\\');
        return slash < 0 ? List.of(username) : List.of(username, username.substring(slash + 1));
    }
}
