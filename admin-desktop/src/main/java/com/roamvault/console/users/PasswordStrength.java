package com.roamvault.console.users;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;

/**
 * Live feedback on a new master password, by the same estimator (zxcvbn) and the same user
 * inputs the server checks with; the server's verdict still decides.
 */
final class PasswordStrength {
    /** Loading the dictionaries takes a moment; once per console is enough. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    record Verdict(int score, boolean acceptable, String summary, List<String> hints) {
        static final Verdict EMPTY = new Verdict(-1, false, "", List.of());
    }

    private PasswordStrength() {
    }

    static Verdict judge(String password, int minLength, int minScore, List<String> userInputs) {
        if (password == null || password.isEmpty()) {
            return Verdict.EMPTY;
        }
        Strength strength = Estimator.ZXCVBN.measure(password, userInputs);
        int score = strength.getScore();
        boolean longEnough = password.length() >= minLength;
        boolean strongEnough = score >= minScore;
        List<String> hints = new ArrayList<>();
        if (!longEnough) {
            hints.add("Use at least " + minLength + " characters (this has " + password.length() + ").");
        }
        String warning = strength.getFeedback().getWarning();
        if (!strongEnough && warning != null && !warning.isBlank()) {
            hints.add(warning);
        }
        if (!strongEnough) {
            hints.addAll(strength.getFeedback().getSuggestions());
        }
        String summary = "Strength " + score + " of 4 (needs " + minScore + ")" + (longEnough && strongEnough
                ? " — meets the policy" : " — too weak");
        return new Verdict(score, longEnough && strongEnough, summary, List.copyOf(hints));
    }
}
