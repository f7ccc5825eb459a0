package com.roamvault.ui.password;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;

/**
 * Live feedback on a new master password by zxcvbn, the estimator the server checks with; the
 * server's verdict (and reasons) is the one that counts.
 */
public final class PasswordStrength {
    /** zxcvbn's cost grows with length; the phone's meter needs no more than this to say "strong". */
    private static final int METER_CHARS = 64;
    private static final String[] LABELS = {"Very weak", "Weak", "Fair", "Strong", "Very strong"};

    /** Loading the dictionaries takes a moment; once per program is enough. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /** The console's verdict against a policy: acceptable only when long and strong enough. */
    public record Verdict(int score, boolean acceptable, String summary, List<String> hints) {
        public static final Verdict EMPTY = new Verdict(-1, false, "", List.of());
    }

    /** The phone's meter: a score, its label and zxcvbn's warning and suggestions. */
    public record Meter(int score, String label, List<String> feedback) {
        public static final Meter EMPTY = new Meter(0, "", List.of());
    }

    private PasswordStrength() {
    }

    /** Judges the whole password, as the server does; hints say what is missing. */
    public static Verdict judge(String password, int minLength, int minScore, List<String> userInputs) {
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

    /** Scores {@code password} 0..4 while typing; {@code userInputs} (e.g. the username) count as guessable. */
    public static Meter meter(String password, List<String> userInputs) {
        if (password == null || password.isEmpty()) {
            return Meter.EMPTY;
        }
        String measured = password.length() > METER_CHARS ? password.substring(0, METER_CHARS) : password;
        Strength s = Estimator.ZXCVBN.measure(measured, userInputs);
        List<String> feedback = new ArrayList<>();
        String warning = s.getFeedback().getWarning();
        if (warning != null && !warning.isBlank()) {
            feedback.add(warning);
        }
        feedback.addAll(s.getFeedback().getSuggestions());
        return new Meter(s.getScore(), LABELS[s.getScore()], List.copyOf(feedback));
    }

    public static String label(int score) {
        return LABELS[Math.max(0, Math.min(4, score))];
    }
}
