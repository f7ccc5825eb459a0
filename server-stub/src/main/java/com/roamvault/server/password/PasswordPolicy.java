package com.roamvault.server.password;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.http.ApiException;
import java.util.ArrayList;
import java.util.List;

/** Checks a new master password against a user's effective policy: length, then zxcvbn score. */
public final class PasswordPolicy {
    private static final int MAX_LENGTH = 256;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Reasons the password is refused; empty when it is acceptable. */
    public List<String> problems(String password, MobilePolicy policy, List<String> userInputs) {
        List<String> reasons = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            reasons.add("The master password is empty");
            return reasons;
        }
        if (password.length() > MAX_LENGTH) {
            reasons.add("The master password is longer than " + MAX_LENGTH + " characters");
            return reasons;
        }
        if (password.length() < policy.masterPasswordMinLength()) {
            reasons.add("Use at least " + policy.masterPasswordMinLength() + " characters (this has "
                    + password.length() + ")");
        }
        Strength strength = zxcvbn.measure(password, userInputs);
        if (strength.getScore() < policy.masterPasswordMinStrength()) {
            reasons.add("Strength " + strength.getScore() + " of 4 is below the required "
                    + policy.masterPasswordMinStrength());
            String warning = strength.getFeedback().getWarning();
            if (warning != null && !warning.isBlank()) {
                reasons.add(warning);
            }
            reasons.addAll(strength.getFeedback().getSuggestions());
        }
        return reasons;
    }

    public void require(String password, MobilePolicy policy, List<String> userInputs) {
        List<String> reasons = problems(password, policy, userInputs);
        if (!reasons.isEmpty()) {
            throw new ApiException(ErrorCode.WEAK_PASSWORD, "The master password does not meet the policy",
                    null, reasons, null);
        }
    }
}
